using JsonApiCards.Api.PaymentSources;
using Microsoft.EntityFrameworkCore;

namespace JsonApiCards.Api.Data;

/// <summary>
/// The same model on PostgreSQL. A type of its own so that its migrations (Data/Migrations/Postgres) and model snapshot are
/// told apart from SQLite's, which name <see cref="CardsDbContext"/>; the service resolves either as <see cref="CardsDbContext"/>.
/// </summary>
public sealed class PostgresCardsDbContext(DbContextOptions<PostgresCardsDbContext> options) : CardsDbContext(options)
{
    /// <summary>Byte order, as SQLite compares text: sorting, ranges and text filters give the same documents on both.</summary>
    public const string OrdinalCollation = "C";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(type => type.GetProperties()).Where(property => property.ClrType == typeof(string)))
        {
            property.SetCollation(OrdinalCollation);
        }

        // A PostgreSQL array, not SQLite's JSON text: empty is '{}'.
        modelBuilder.Entity<CustomerPaymentSource>().PrimitiveCollection(source => source.AgreementIds).HasDefaultValueSql("'{}'");
    }
}
