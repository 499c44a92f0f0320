using Microsoft.AspNetCore.RateLimiting;

namespace JsonApiCards.Api.RateLimits;

/// <summary>Registers how much one caller may ask: the <see cref="RateLimitPolicies"/> routes name, and the token endpoints' limit per client.</summary>
public static class RateLimitServiceCollectionExtensions
{
    /// <summary>
    /// Adds the framework's rate limiter with the <see cref="RateLimitPolicies.Caller"/> and <see cref="RateLimitPolicies.TokenEndpoint"/>
    /// policies, sized by the <c>RateLimits</c> configuration section (checked when the app starts). Each instance limits
    /// on its own: behind a load balancer a caller may send the limit to each instance.
    /// </summary>
    public static WebApplicationBuilder AddCardsRateLimits(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<RateLimitOptions>()
            .BindConfiguration(RateLimitOptions.SectionName)
            .Validate(
                options => options.Callers.IsValid && options.TokenRequestsPerClient.IsValid && options.TokenRequestsPerAddress.IsValid
                    && options.SignInsPerAddress.IsValid && options.SignInsPerEmail.IsValid,
                "Every RateLimits bucket needs a TokenLimit and TokensPerPeriod above 0 and a ReplenishmentPeriod above zero.")
            .ValidateOnStart();
        builder.Services.AddSingleton<TokenRequestLimiter>();
        builder.Services.AddSingleton<SignInLimiter>();
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy<CallerPartition, CallerRateLimitPolicy>(RateLimitPolicies.Caller);
            options.AddPolicy<CallerPartition, TokenEndpointRateLimitPolicy>(RateLimitPolicies.TokenEndpoint);
        });
        return builder;
    }
}
