using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace JsonApiCards.Api.RateLimits;

/// <summary>
/// The OAuth endpoints' limit per client, sized by <c>RateLimits:TokenRequestsPerClient</c>: the client is named in the body,
/// which the rate limiting middleware cannot read, so the endpoint asks here once it has, before it checks the secret.
/// Attempts count, not successes, so guessing one client's secret is slow from any number of addresses.
/// </summary>
internal sealed class TokenRequestLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public TokenRequestLimiter(IOptions<RateLimitOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        TokenBucketRateLimiterOptions bucket = options.Value.TokenRequestsPerClient.ToLimiterOptions();
        _limiter = options.Value.Enabled
            ? PartitionedRateLimiter.Create<string, string>(clientId => RateLimitPartition.GetTokenBucketLimiter(clientId, _ => bucket), StringComparer.Ordinal)
            : PartitionedRateLimiter.Create<string, string>(_ => RateLimitPartition.GetNoLimiter(""));
    }

    /// <summary>Takes one request from the client's bucket: null when it may go on, otherwise the whole seconds until it may try again.</summary>
    public int? RefusalFor(string clientId)
    {
        using RateLimitLease lease = _limiter.AttemptAcquire(clientId);
        return lease.IsAcquired ? null : RetryAfter.SecondsOf(lease);
    }

    public void Dispose() => _limiter.Dispose();
}
