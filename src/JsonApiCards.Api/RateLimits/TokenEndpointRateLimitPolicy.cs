using System.Threading.RateLimiting;
using JsonApiCards.Api.Security;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace JsonApiCards.Api.RateLimits;

/// <summary>
/// <see cref="RateLimitPolicies.TokenEndpoint"/>: one token bucket per remote address for the OAuth endpoints, sized by
/// <c>RateLimits:TokenRequestsPerAddress</c>, whatever client the requests name. A refused request is a 429 in RFC 6749's error shape.
/// </summary>
internal sealed class TokenEndpointRateLimitPolicy : IRateLimiterPolicy<CallerPartition>
{
    private static readonly CallerPartition Unlimited = new(CallerPartition.Kind.RemoteAddress, "");

    private readonly bool _enabled;
    private readonly Func<CallerPartition, TokenBucketRateLimiterOptions> _bucket;

    public TokenEndpointRateLimitPolicy(IOptions<RateLimitOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _enabled = options.Value.Enabled;
        TokenBucketRateLimiterOptions bucket = options.Value.TokenRequestsPerAddress.ToLimiterOptions();
        _bucket = _ => bucket;
    }

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = static (context, _) =>
        new ValueTask(OAuthError.TooManyRequests(RetryAfter.SecondsOf(context.Lease)).ExecuteAsync(context.HttpContext));

    public RateLimitPartition<CallerPartition> GetPartition(HttpContext httpContext) =>
        _enabled
            ? RateLimitPartition.GetTokenBucketLimiter(CallerPartition.OfAddress(httpContext), _bucket)
            : RateLimitPartition.GetNoLimiter(Unlimited);
}
