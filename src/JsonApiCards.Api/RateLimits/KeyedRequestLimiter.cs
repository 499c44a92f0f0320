using System.Threading.RateLimiting;

namespace JsonApiCards.Api.RateLimits;

/// <summary>
/// One token bucket per key that only an endpoint can read (a client id or an email in the body, which the rate limiting
/// middleware cannot see): the endpoint asks here once it has read it, before it checks any secret, so attempts count,
/// not successes, and guessing one key's secret is slow from any number of addresses.
/// </summary>
internal abstract class KeyedRequestLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    protected KeyedRequestLimiter(bool enabled, TokenBucketLimit limit)
    {
        ArgumentNullException.ThrowIfNull(limit);
        TokenBucketRateLimiterOptions bucket = limit.ToLimiterOptions();
        _limiter = enabled
            ? PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => bucket), StringComparer.Ordinal)
            : PartitionedRateLimiter.Create<string, string>(_ => RateLimitPartition.GetNoLimiter(""));
    }

    /// <summary>Takes one request from the key's bucket: null when it may go on, otherwise the whole seconds until it may try again.</summary>
    public int? RefusalFor(string key)
    {
        using RateLimitLease lease = _limiter.AttemptAcquire(key);
        return lease.IsAcquired ? null : RetryAfter.SecondsOf(lease);
    }

    public void Dispose() => _limiter.Dispose();
}
