using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace JsonApiCards.Benchmarks.Seeding;

/// <summary>
/// Inserts entities with one prepared statement per table, inside the context's current transaction. Table, columns
/// and value conversions come from the EF model, so rows are exactly what <c>SaveChanges</c> would write, hundreds of
/// times faster than tracking a million entities.
/// </summary>
internal sealed class BulkInserter(DbContext dbContext)
{
    public int Insert<TEntity>(IEnumerable<TEntity> rows)
        where TEntity : class
    {
        IEntityType entityType = dbContext.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Select(property => (Property: property, Getter: property.GetGetter(), Mapping: property.GetRelationalTypeMapping()))
            .ToList();

        using DbCommand command = dbContext.Database.GetDbConnection().CreateCommand();
        command.Transaction = dbContext.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("Bulk inserts run in a transaction.");
        command.CommandText =
            $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(column => $"\"{column.Property.GetColumnName(table)}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, index) => $"@p{index}"))})";
        var parameters = columns.Select((_, index) =>
        {
            DbParameter parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{index}";
            command.Parameters.Add(parameter);
            return parameter;
        }).ToList();
        command.Prepare();

        int count = 0;
        foreach (TEntity row in rows)
        {
            for (int index = 0; index < columns.Count; index++)
            {
                var (_, getter, mapping) = columns[index];
                object? value = getter.GetClrValueUsingContainingEntity(row);
                if (value is not null && mapping.Converter is { } converter)
                {
                    value = converter.ConvertToProvider(value);
                }

                parameters[index].Value = value ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
            count++;
        }

        return count;
    }
}
