using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace JsonApiCards.Api.RateLimits;

/// <summary>
/// A rate-limit policy of one token bucket per partition, all sized alike, or no limit when <c>RateLimits:Enabled</c> is
/// off. A policy says which partition a request counts against and how a refused request is answered.
/// </summary>
internal abstract class TokenBucketPolicy : IRateLimiterPolicy<CallerPartition>
{
    private static readonly CallerPartition Unlimited = new(CallerPartition.Kind.RemoteAddress, "");

    private readonly bool _enabled;

    // Made once: the factory is handed to the limiter on every request.
    private readonly Func<CallerPartition, TokenBucketRateLimiterOptions> _bucket;

    protected TokenBucketPolicy(bool enabled, TokenBucketLimit limit)
    {
        ArgumentNullException.ThrowIfNull(limit);
        _enabled = enabled;
        TokenBucketRateLimiterOptions bucket = limit.ToLimiterOptions();
        _bucket = _ => bucket;
    }

    public abstract Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; }

    public RateLimitPartition<CallerPartition> GetPartition(HttpContext httpContext) =>
        _enabled
            ? RateLimitPartition.GetTokenBucketLimiter(PartitionOf(httpContext), _bucket)
            : RateLimitPartition.GetNoLimiter(Unlimited);

    /// <summary>What the request counts against.</summary>
    protected abstract CallerPartition PartitionOf(HttpContext httpContext);
}
