using JsonApiCards.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JsonApiCards.Api.CreditCards;

/// <summary>
/// One pass of the card lifecycle's clock: redacts every <c>cached</c> card, of any mode, created longer than
/// <see cref="CardRedactionOptions.CachedCardLifetime"/> ago and held by no wallet, whether or not it pays an order (the order
/// keeps its link and the card's display data). <see cref="CachedCardRedactionService"/> runs it periodically.
/// </summary>
/// <remarks>
/// Each batch is one <c>UPDATE ... WHERE id IN (SELECT ... LIMIT n)</c> that carries the whole rule in its <c>WHERE</c>, so it
/// is its own transaction and is safe to run on several instances at once: a card another instance (or a wallet save) got to
/// first no longer matches, and is neither redacted twice nor redacted after it was saved.
/// </remarks>
internal sealed partial class CachedCardRedaction(CardsDbContext dbContext, TimeProvider timeProvider, IOptions<CardRedactionOptions> options, ILogger<CachedCardRedaction> logger)
{
    /// <summary>Redacts the expired cached cards in batches until none is left; returns how many it redacted.</summary>
    public async Task<int> RedactExpiredCardsAsync(CancellationToken cancellationToken)
    {
        CardRedactionOptions settings = options.Value;
        DateTime now = TimestampInterceptor.Now(timeProvider);
        DateTime createdBefore = now - settings.CachedCardLifetime;
        int total = 0;
        int redacted;
        do
        {
            redacted = await dbContext.CreditCards
                .Where(card => card.StorageState == CardStorageState.Cached
                    && card.CreatedAt < createdBefore
                    && !dbContext.CustomerPaymentSources.Any(source => source.PaymentSourceId == card.Id))
                .Take(settings.RedactionBatchSize)
                .ExecuteUpdateAsync(CardRedaction.EraseNumber(now), cancellationToken);
            total += redacted;
        }
        while (redacted == settings.RedactionBatchSize);

        if (total > 0)
        {
            LogRedacted(total, createdBefore);
        }
        else
        {
            LogNoneRedacted(createdBefore);
        }

        return total;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Redacted {Count} cached cards created before {CreatedBefore:O} that no wallet holds")]
    private partial void LogRedacted(int count, DateTime createdBefore);

    [LoggerMessage(Level = LogLevel.Debug, Message = "No cached card created before {CreatedBefore:O} was left to redact")]
    private partial void LogNoneRedacted(DateTime createdBefore);
}
