using JsonApiCards.Api.RateLimits;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace JsonApiCards.Api.Adapters.Akinon;

/// <summary>
/// The adapter's rate limits, refused as DRF refuses a throttled request (429 <c>{"detail": "Request was throttled. ..."}</c>
/// with <c>Retry-After</c>). The limiter runs before a session is read, so the adapter's requests count per remote address.
/// </summary>
internal abstract class AkinonRateLimitPolicy(bool enabled, TokenBucketLimit limit) : TokenBucketPolicy(enabled, limit)
{
    /// <summary>Every adapter route, per remote address, sized as <c>RateLimits:Callers</c>.</summary>
    public const string Requests = "akinon_requests";

    /// <summary>Sign-in, per remote address (<c>RateLimits:SignInsPerAddress</c>); the email is limited by the endpoint.</summary>
    public const string SignIn = "akinon_sign_in";

    public override Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = static (context, _) =>
    {
        int seconds = RetryAfter.SecondsOf(context.Lease);
        return new ValueTask(Throttled(context.HttpContext, seconds).ExecuteAsync(context.HttpContext));
    };

    /// <summary>DRF's 429, with <c>Retry-After</c>.</summary>
    public static DrfError Throttled(HttpContext context, int seconds)
    {
        ArgumentNullException.ThrowIfNull(context);
        RetryAfter.Set(context.Response, seconds);
        return DrfError.Detail(StatusCodes.Status429TooManyRequests, context.RequestServices.GetRequiredService<AkinonMessages>().Throttled(seconds));
    }

    protected override CallerPartition PartitionOf(HttpContext httpContext) => CallerPartition.OfAddress(httpContext);
}

internal sealed class AkinonRequestsRateLimitPolicy(IOptions<RateLimitOptions> options)
    : AkinonRateLimitPolicy(options.Value.Enabled, options.Value.Callers);

internal sealed class AkinonSignInRateLimitPolicy(IOptions<RateLimitOptions> options)
    : AkinonRateLimitPolicy(options.Value.Enabled, options.Value.SignInsPerAddress);
