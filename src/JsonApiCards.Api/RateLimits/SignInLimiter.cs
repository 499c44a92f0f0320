using Microsoft.Extensions.Options;

namespace JsonApiCards.Api.RateLimits;

/// <summary>The session sign-in's limit per email, right password or wrong, sized by <c>RateLimits:SignInsPerEmail</c>.</summary>
internal sealed class SignInLimiter(IOptions<RateLimitOptions> options)
    : KeyedRequestLimiter(options.Value.Enabled, options.Value.SignInsPerEmail);
