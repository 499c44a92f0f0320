using System.Net.Sockets;
using JsonApiCards.Api.Data;
using JsonApiCards.JsonApi.Errors;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace JsonApiCards.Api.Tests.Data;

public sealed class PostgresFailureClassifierTests
{
    private readonly PostgresFailureClassifier _classifier = new(() => new PostgresDesignTimeFactory().CreateDbContext([]).Model);

    [Theory]
    [InlineData(PostgresErrorCodes.ForeignKeyViolation, DatabaseFailureKind.ForeignKeyViolation)]
    [InlineData(PostgresErrorCodes.SerializationFailure, DatabaseFailureKind.Busy)]
    [InlineData(PostgresErrorCodes.DeadlockDetected, DatabaseFailureKind.Busy)]
    [InlineData(PostgresErrorCodes.LockNotAvailable, DatabaseFailureKind.Busy)]
    [InlineData(PostgresErrorCodes.TooManyConnections, DatabaseFailureKind.Busy)]
    [InlineData(PostgresErrorCodes.CannotConnectNow, DatabaseFailureKind.Busy)]
    [InlineData(PostgresErrorCodes.ConnectionFailure, DatabaseFailureKind.Busy)]
    public void Foreign_keys_and_a_busy_or_unreachable_database_are_recognised(string sqlState, DatabaseFailureKind expected)
    {
        var failure = _classifier.Classify(new DbUpdateException("save failed", Failure(sqlState)));

        failure.Should().Be(new DatabaseFailure(expected));
    }

    [Theory]
    [InlineData("IX_orders_mode_number", "an order number is unique within its mode.")]
    [InlineData("IX_customers_mode_email", "a customer's email is unique within its mode.")]
    [InlineData("PK_credit_card_counts", "the kept count of a card type is one row per mode.")]
    [InlineData("ix_vault_data_keys_one_active_per_mode", "a mode has one active vault data key.")]
    [InlineData("IX_things_name", null)]
    public void A_unique_key_violation_names_the_rule_of_the_key_the_constraint_enforces(string constraint, string? rule)
    {
        var failure = _classifier.Classify(Failure(PostgresErrorCodes.UniqueViolation, constraint));

        failure.Should().Be(new DatabaseFailure(DatabaseFailureKind.UniqueViolation, rule));
    }

    [Fact]
    public void A_connection_that_failed_is_worth_retrying()
    {
        var failure = _classifier.Classify(new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused)));

        failure.Should().Be(new DatabaseFailure(DatabaseFailureKind.Busy));
    }

    [Theory]
    [InlineData(PostgresErrorCodes.NotNullViolation)]
    [InlineData(PostgresErrorCodes.CheckViolation)]
    [InlineData(PostgresErrorCodes.UndefinedTable)]
    [InlineData(PostgresErrorCodes.SyntaxError)]
    [InlineData(PostgresErrorCodes.CharacterNotInRepertoire)]
    public void Every_other_database_failure_is_not_passed_off_as_the_clients(string sqlState)
    {
        _classifier.Classify(Failure(sqlState)).Should().BeNull();
    }

    [Fact]
    public void An_exception_that_is_not_the_databases_is_not_classified()
    {
        _classifier.Classify(new InvalidOperationException("no")).Should().BeNull();
    }

    private static PostgresException Failure(string sqlState, string? constraint = null) =>
        new("failed", "ERROR", "ERROR", sqlState, constraintName: constraint);
}
