using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace JsonApiCards.Api.Data;

/// <summary>
/// What <c>dotnet ef migrations add NAME --context PostgresCardsDbContext --output-dir Data/Migrations/Postgres</c> builds the
/// PostgreSQL model with; making a migration connects to no server, so the connection string only names the provider.
/// </summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCardsDbContext>
{
    public PostgresCardsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresCardsDbContext>().UseNpgsql("Host=localhost;Database=jsonapicards").Options);
}
