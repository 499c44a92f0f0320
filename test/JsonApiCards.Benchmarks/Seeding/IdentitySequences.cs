using Microsoft.EntityFrameworkCore;

namespace JsonApiCards.Benchmarks.Seeding;

/// <summary>
/// PostgreSQL hands out identity values from a sequence that rows inserted with explicit ids do not move; the seeder
/// moves each table's sequence past its highest id, so the rows the load benchmark creates get new ids.
/// </summary>
internal static class IdentitySequences
{
    public static async Task MovePastSeededRowsAsync(DbContext dbContext)
    {
        foreach (string table in dbContext.Model.GetEntityTypes()
            .Where(entity => entity.FindPrimaryKey()?.Properties is [{ Name: "Id", ClrType: var type }] && (type == typeof(long) || type == typeof(int)))
            .Select(entity => entity.GetTableName())
            .OfType<string>()
            .Distinct())
        {
            // Table names come from the model, not from input; PostgreSQL takes them quoted, as EF Core creates them.
            string moveSequence = $"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), GREATEST((SELECT MAX(\"id\") FROM \"{table}\"), 1))";
            await dbContext.Database.ExecuteSqlRawAsync(moveSequence);
        }
    }
}
