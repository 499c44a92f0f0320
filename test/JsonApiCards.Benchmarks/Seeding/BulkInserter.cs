using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace JsonApiCards.Benchmarks.Seeding;

/// <summary>
/// Inserts entities with prepared multi-row statements, inside the context's current transaction. Table, columns
/// and value conversions come from the EF model, so rows are exactly what <c>SaveChanges</c> would write, hundreds of
/// times faster than tracking a million entities. Works the same on SQLite and PostgreSQL. Ten million cards take a
/// while: the rows inserted so far are printed every <see cref="ProgressInterval"/>.
/// </summary>
internal sealed class BulkInserter(DbContext dbContext)
{
    private const int RowsPerStatement = 100;
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(30);

    public int Insert<TEntity>(IEnumerable<TEntity> rows, int expected)
        where TEntity : class
    {
        var stopwatch = Stopwatch.StartNew();
        TimeSpan reported = TimeSpan.Zero;
        IEntityType entityType = dbContext.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Select(property => (Property: property, Getter: property.GetGetter(), Mapping: property.GetRelationalTypeMapping()))
            .ToList();

        DbCommand? full = null;
        int count = 0;
        var batch = new List<TEntity>(RowsPerStatement);
        foreach (TEntity row in rows)
        {
            batch.Add(row);
            if (batch.Count == RowsPerStatement)
            {
                full ??= Prepare(RowsPerStatement);
                count += Execute(full, batch);
                batch.Clear();
                if (stopwatch.Elapsed - reported >= ProgressInterval)
                {
                    reported = stopwatch.Elapsed;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeding {table.Name}: {count:N0} of {expected:N0} rows after {reported.TotalSeconds:0} s"));
                }
            }
        }

        if (batch.Count > 0)
        {
            using DbCommand rest = Prepare(batch.Count);
            count += Execute(rest, batch);
        }

        full?.Dispose();
        return count;

        DbCommand Prepare(int rowCount)
        {
            DbCommand command = dbContext.Database.GetDbConnection().CreateCommand();
            command.Transaction = dbContext.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("Bulk inserts run in a transaction.");
            string columnList = string.Join(", ", columns.Select(column => $"\"{column.Property.GetColumnName(table)}\""));
            var values = Enumerable.Range(0, rowCount)
                .Select(rowIndex => "(" + string.Join(", ", columns.Select((_, index) => $"@p{(rowIndex * columns.Count) + index}")) + ")");
            command.CommandText = $"INSERT INTO \"{table.Name}\" ({columnList}) VALUES {string.Join(", ", values)}";
            for (int index = 0; index < rowCount * columns.Count; index++)
            {
                DbParameter parameter = command.CreateParameter();
                parameter.ParameterName = $"@p{index}";
                parameter.Value = DBNull.Value;
                command.Parameters.Add(parameter);
            }

            return command;
        }

        int Execute(DbCommand command, List<TEntity> batchRows)
        {
            for (int rowIndex = 0; rowIndex < batchRows.Count; rowIndex++)
            {
                for (int index = 0; index < columns.Count; index++)
                {
                    var (_, getter, mapping) = columns[index];
                    object? value = getter.GetClrValueUsingContainingEntity(batchRows[rowIndex]);
                    if (value is not null && mapping.Converter is { } converter)
                    {
                        value = converter.ConvertToProvider(value);
                    }

                    command.Parameters[(rowIndex * columns.Count) + index].Value = value ?? DBNull.Value;
                }
            }

            command.ExecuteNonQuery();
            return batchRows.Count;
        }
    }
}
