using System.Threading.RateLimiting;
using JsonApiCards.Api.Security;
using JsonApiCards.JsonApi.Middleware;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace JsonApiCards.Api.RateLimits;

/// <summary>
/// <see cref="RateLimitPolicies.Caller"/>: one token bucket per credential (<see cref="CallerPartition"/>), sized by
/// <c>RateLimits:Callers</c>. A refused request is a 429 JSON:API error document with <c>Retry-After</c>.
/// </summary>
internal sealed class CallerRateLimitPolicy : IRateLimiterPolicy<CallerPartition>
{
    private static readonly CallerPartition Unlimited = new(CallerPartition.Kind.Client, "");

    private readonly bool _enabled;
    private readonly Func<CallerPartition, TokenBucketRateLimiterOptions> _bucket;

    public CallerRateLimitPolicy(IOptions<RateLimitOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _enabled = options.Value.Enabled;
        TokenBucketRateLimiterOptions bucket = options.Value.Callers.ToLimiterOptions();
        _bucket = _ => bucket;
    }

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = static (context, cancellationToken) =>
    {
        int seconds = RetryAfter.SecondsOf(context.Lease);
        RetryAfter.Set(context.HttpContext.Response, seconds);
        return new ValueTask(ErrorDocumentResponse.WriteAsync(context.HttpContext.Response, [AccessErrors.TooManyRequests(seconds)], cancellationToken));
    };

    public RateLimitPartition<CallerPartition> GetPartition(HttpContext httpContext) =>
        _enabled
            ? RateLimitPartition.GetTokenBucketLimiter(CallerPartition.Of(httpContext), _bucket)
            : RateLimitPartition.GetNoLimiter(Unlimited);
}
