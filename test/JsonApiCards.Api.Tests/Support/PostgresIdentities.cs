using JsonApiCards.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace JsonApiCards.Api.Tests.Support;

/// <summary>
/// Rows seeded with ids of their own leave PostgreSQL's identity sequences behind (SQLite's AUTOINCREMENT follows the
/// largest id); this moves every sequence past its table's largest id, so rows the API creates next get fresh ids, as on SQLite.
/// </summary>
internal static class PostgresIdentities
{
    private const string CatchUp = """
        DO $$
        DECLARE identity record;
        BEGIN
            FOR identity IN SELECT table_name, column_name FROM information_schema.columns WHERE is_identity = 'YES' AND table_schema = 'public'
            LOOP
                EXECUTE format('SELECT setval(pg_get_serial_sequence(%L, %L), COALESCE((SELECT MAX(%I) FROM %I), 0) + 1, false)',
                    identity.table_name, identity.column_name, identity.column_name, identity.table_name);
            END LOOP;
        END $$;
        """;

    public static async Task CatchUpAsync(CardsDbContext dbContext)
    {
        if (TestedDatabase.IsPostgres)
        {
            await dbContext.Database.ExecuteSqlRawAsync(CatchUp);
        }
    }
}
