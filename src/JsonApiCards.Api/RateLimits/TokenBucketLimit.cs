using System.Threading.RateLimiting;

namespace JsonApiCards.Api.RateLimits;

/// <summary>One token bucket: at most <see cref="TokenLimit"/> requests at once, refilled by <see cref="TokensPerPeriod"/> every <see cref="ReplenishmentPeriod"/>.</summary>
internal sealed class TokenBucketLimit
{
    /// <summary>The bucket's size: the longest burst a caller with a full bucket may send.</summary>
    public int TokenLimit { get; set; }

    /// <summary>How many requests the bucket gains back each period: the sustained rate.</summary>
    public int TokensPerPeriod { get; set; }

    public TimeSpan ReplenishmentPeriod { get; set; }

    public bool IsValid => TokenLimit > 0 && TokensPerPeriod > 0 && ReplenishmentPeriod > TimeSpan.Zero;

    /// <summary>The framework's options for this bucket; a request over the limit is refused at once, never queued.</summary>
    public TokenBucketRateLimiterOptions ToLimiterOptions() => new()
    {
        TokenLimit = TokenLimit,
        TokensPerPeriod = TokensPerPeriod,
        ReplenishmentPeriod = ReplenishmentPeriod,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
