using JsonApiCards.Api.Security;
using JsonApiCards.JsonApi.Middleware;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace JsonApiCards.Api.RateLimits;

/// <summary>
/// <see cref="RateLimitPolicies.Caller"/>: one token bucket per credential (<see cref="CallerPartition"/>), sized by
/// <c>RateLimits:Callers</c>. A refused request is a 429 JSON:API error document with <c>Retry-After</c>.
/// </summary>
internal sealed class CallerRateLimitPolicy(IOptions<RateLimitOptions> options)
    : TokenBucketPolicy(options.Value.Enabled, options.Value.Callers)
{
    public override Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = static (context, cancellationToken) =>
    {
        int seconds = RetryAfter.SecondsOf(context.Lease);
        RetryAfter.Set(context.HttpContext.Response, seconds);
        return new ValueTask(ErrorDocumentResponse.WriteAsync(context.HttpContext.Response, [AccessErrors.TooManyRequests(seconds)], cancellationToken));
    };

    protected override CallerPartition PartitionOf(HttpContext httpContext) => CallerPartition.Of(httpContext);
}
