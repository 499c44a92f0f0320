using Microsoft.EntityFrameworkCore;

namespace JsonApiCards.JsonApi.Services;

/// <summary>
/// Reads the row a write is about to change under a lock held to the end of the write's transaction, so a concurrent write
/// to the same resource waits instead of overtaking it. Without it, a write that read the row just before another one saved
/// it would find its version gone and fail (the version check every write makes). Register one for a database whose
/// transactions run side by side (PostgreSQL); a database that runs one write transaction at a time (SQLite behind the
/// service's write queue) needs none.
/// </summary>
public interface IRowLocks
{
    /// <summary>The entity set narrowed to the row with key <paramref name="id"/>, locked for update when read.</summary>
    IQueryable<TEntity> Locked<TEntity>(DbContext dbContext, long id)
        where TEntity : class;
}
