using JsonApiCards.Api.Data;
using JsonApiCards.JsonApi.Errors;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace JsonApiCards.Api.Tests.Data;

public sealed class SqliteFailureClassifierTests
{
    private readonly SqliteFailureClassifier _classifier = new();

    [Theory]
    [InlineData(5, 5, DatabaseFailureKind.Busy)]
    [InlineData(5, 517, DatabaseFailureKind.Busy)]
    [InlineData(6, 6, DatabaseFailureKind.Busy)]
    [InlineData(19, 787, DatabaseFailureKind.ForeignKeyViolation)]
    public void Busy_databases_and_foreign_keys_are_recognised(int code, int extendedCode, DatabaseFailureKind expected)
    {
        var failure = _classifier.Classify(new DbUpdateException("save failed", new SqliteException("SQLite Error", code, extendedCode)));

        failure.Should().Be(new DatabaseFailure(expected));
    }

    [Theory]
    [InlineData(2067, "SQLite Error 19: 'UNIQUE constraint failed: orders.mode, orders.number'.", "an order number is unique within its mode.")]
    [InlineData(1555, "SQLite Error 19: 'UNIQUE constraint failed: credit_card_counts.mode, credit_card_counts.card_type'.", "the kept count of a card type is one row per mode.")]
    [InlineData(2067, "SQLite Error 19: 'UNIQUE constraint failed: things.name'.", null)]
    public void A_unique_key_violation_names_the_rule_of_the_key(int extendedCode, string message, string? rule)
    {
        var failure = _classifier.Classify(new SqliteException(message, 19, extendedCode));

        failure.Should().Be(new DatabaseFailure(DatabaseFailureKind.UniqueViolation, rule));
    }

    [Theory]
    [InlineData(19, 1299)]
    [InlineData(19, 275)]
    [InlineData(1, 1)]
    [InlineData(10, 10)]
    [InlineData(11, 11)]
    public void Every_other_database_failure_is_not_passed_off_as_the_clients(int code, int extendedCode)
    {
        _classifier.Classify(new SqliteException("SQLite Error", code, extendedCode)).Should().BeNull();
    }

    [Fact]
    public void An_exception_that_is_not_the_databases_is_not_classified()
    {
        _classifier.Classify(new InvalidOperationException("no")).Should().BeNull();
    }
}
