using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JsonApiCards.Api.Data;

/// <summary>Stamps created and updated times, to the millisecond the API shows, on every save.</summary>
internal sealed class TimestampInterceptor(TimeProvider timeProvider) : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            DateTime now = Now(timeProvider);
            foreach (var entry in context.ChangeTracker.Entries<CardsResource>())
            {
                if (entry.State == EntityState.Added)
                {
                    // Rows imported with their own history keep it; everything else is stamped now.
                    if (entry.Entity.CreatedAt == default)
                    {
                        entry.Entity.CreatedAt = now;
                    }

                    if (entry.Entity.UpdatedAt == default)
                    {
                        entry.Entity.UpdatedAt = entry.Entity.CreatedAt;
                    }
                }
                else if (entry.State == EntityState.Modified)
                {
                    entry.Entity.UpdatedAt = now;
                }
            }
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    /// <summary>The time a save stamps, for statements that bypass the change tracker (<c>ExecuteUpdate</c>) and stamp rows themselves.</summary>
    public static DateTime Now(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        DateTime value = timeProvider.GetUtcNow().UtcDateTime;
        return new(value.Ticks - (value.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
    }
}
