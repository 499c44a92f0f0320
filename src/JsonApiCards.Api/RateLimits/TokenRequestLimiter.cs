using Microsoft.Extensions.Options;

namespace JsonApiCards.Api.RateLimits;

/// <summary>The OAuth endpoints' limit per client id, sized by <c>RateLimits:TokenRequestsPerClient</c>.</summary>
internal sealed class TokenRequestLimiter(IOptions<RateLimitOptions> options)
    : KeyedRequestLimiter(options.Value.Enabled, options.Value.TokenRequestsPerClient);
