using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;

namespace JsonApiCards.JsonApi.Services;

/// <summary>
/// Counts up the concurrency token of every changed entity whose database does not keep one itself (SQLite has no row
/// version): the <c>UPDATE</c> sets the next value where the token still holds the one read, as EF Core compares a token's
/// original value. A token the database generates (PostgreSQL's <c>xmin</c>) is left to the database.
/// </summary>
internal sealed class ConcurrencyVersionInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        CountUp(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        CountUp(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private static void CountUp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        context.ChangeTracker.DetectChanges();
        foreach (EntityEntry entry in context.ChangeTracker.Entries())
        {
            if (entry.State != EntityState.Modified)
            {
                continue;
            }

            foreach (PropertyEntry property in entry.Properties)
            {
                if (property.Metadata.IsConcurrencyToken && property.Metadata.ValueGenerated == ValueGenerated.Never)
                {
                    property.CurrentValue = Next(property.OriginalValue);
                }
            }
        }
    }

    private static object Next(object? version) => version switch
    {
        uint value => unchecked(value + 1),
        int value => unchecked(value + 1),
        long value => unchecked(value + 1),
        ulong value => unchecked(value + 1),
        _ => throw new InvalidOperationException($"A concurrency token of type '{version?.GetType().Name}' cannot be counted up; use an integer."),
    };
}
