using JsonApiCards.Api.Security;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace JsonApiCards.Api.RateLimits;

/// <summary>
/// <see cref="RateLimitPolicies.TokenEndpoint"/>: one token bucket per remote address for the OAuth endpoints, sized by
/// <c>RateLimits:TokenRequestsPerAddress</c>, whatever client the requests name. A refused request is a 429 in RFC 6749's error shape.
/// </summary>
internal sealed class TokenEndpointRateLimitPolicy(IOptions<RateLimitOptions> options)
    : TokenBucketPolicy(options.Value.Enabled, options.Value.TokenRequestsPerAddress)
{
    public override Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = static (context, _) =>
        new ValueTask(OAuthError.TooManyRequests(RetryAfter.SecondsOf(context.Lease)).ExecuteAsync(context.HttpContext));

    protected override CallerPartition PartitionOf(HttpContext httpContext) => CallerPartition.OfAddress(httpContext);
}
