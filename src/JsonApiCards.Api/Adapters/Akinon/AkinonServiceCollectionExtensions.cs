using JsonApiCards.Api.RateLimits;
using JsonApiCards.Api.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.RateLimiting;

namespace JsonApiCards.Api.Adapters.Akinon;

/// <summary>Registers the Akinon adapter: its settings, session authentication, CSRF check, messages and rate limits.</summary>
public static class AkinonServiceCollectionExtensions
{
    public static WebApplicationBuilder AddAkinon(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        IServiceCollection services = builder.Services;
        bool development = builder.Environment.IsDevelopment();
        services.AddOptions<AkinonOptions>()
            .BindConfiguration(AkinonOptions.SectionName)
            .PostConfigure(options => options.SecureCookies = !development)
            .Validate(options => Data.CardsMode.IsKnown(options.Mode), "Adapters:Akinon:Mode must be 'test' or 'live'.")
            .Validate(options => options.SessionLifetime > TimeSpan.Zero, "Adapters:Akinon:SessionLifetime must be above zero.")
            .ValidateOnStart();

        services.AddLocalization();
        services.AddScoped<AkinonMessages>();
        services.AddScoped<AkinonSessions>();
        services.AddSingleton<AkinonCookies>();
        services.AddScoped<CsrfProtection>();

        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, AkinonSessionAuthentication>(AkinonSessionAuthentication.SchemeName, configureOptions: null);
        services.AddAuthorizationBuilder()
            .AddPolicy(AccessPolicies.AkinonSession, policy => policy
                .AddAuthenticationSchemes(AkinonSessionAuthentication.SchemeName)
                .RequireAuthenticatedUser());
        services.Configure<RateLimiterOptions>(options =>
        {
            options.AddPolicy<CallerPartition, AkinonRequestsRateLimitPolicy>(AkinonRateLimitPolicy.Requests);
            options.AddPolicy<CallerPartition, AkinonSignInRateLimitPolicy>(AkinonRateLimitPolicy.SignIn);
        });
        return builder;
    }
}
