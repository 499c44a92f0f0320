using System.Collections.Concurrent;
using JsonApiCards.JsonApi.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace JsonApiCards.Api.Data;

/// <summary>
/// <c>SELECT ... FOR NO KEY UPDATE</c> on the one row a write changes: under READ COMMITTED a second writer of the same
/// resource waits for the first to commit and then reads the row as the first left it, so writes without <c>If-Match</c>
/// queue instead of failing the version check. <c>NO KEY</c> leaves inserts that only reference the row (a card on an order)
/// free to go on. Each entity's statement is written once, from the model.
/// </summary>
internal sealed class PostgresRowLocks : IRowLocks
{
    private readonly ConcurrentDictionary<Type, string> _statements = new();

    public IQueryable<TEntity> Locked<TEntity>(DbContext dbContext, long id)
        where TEntity : class =>
        dbContext.Set<TEntity>().FromSqlRaw(_statements.GetOrAdd(typeof(TEntity), StatementFor, dbContext.Model), id);

    private static string StatementFor(Type entityType, IModel model)
    {
        IEntityType entity = model.FindEntityType(entityType) ?? throw new InvalidOperationException($"'{entityType.Name}' is not in the model.");
        string table = entity.GetTableName() ?? throw new InvalidOperationException($"'{entityType.Name}' is not mapped to a table.");
        StoreObjectIdentifier store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        IProperty key = entity.FindPrimaryKey()?.Properties is [{ } single] ? single : throw new InvalidOperationException($"'{entityType.Name}' needs a single-column key to be locked by id.");
        string qualifiedTable = entity.GetSchema() is { } schema ? $"{Quote(schema)}.{Quote(table)}" : Quote(table);
        return $"SELECT * FROM {qualifiedTable} WHERE {Quote(key.GetColumnName(store)!)} = {{0}} FOR NO KEY UPDATE";
    }

    private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
