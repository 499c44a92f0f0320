using JsonApiCards.Api.Security;

namespace JsonApiCards.Api.Adapters.Ottu;

/// <summary>Registers the Ottu adapter: its options, its wallet reader, its answers to callers without a valid API key, and its error writer.</summary>
public static class OttuServiceCollectionExtensions
{
    /// <summary>Adds the services of <see cref="OttuApi"/>, configured by the <c>Ottu</c> section (checked when the app starts).</summary>
    public static WebApplicationBuilder AddOttu(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<OttuOptions>()
            .BindConfiguration(OttuOptions.SectionName)
            .Validate(options => options.ExpiryWarningWindow >= TimeSpan.Zero, "Ottu:ExpiryWarningWindow may not be negative.")
            .ValidateOnStart();
        builder.Services.AddScoped<OttuWallet>();
        builder.Services.Configure<ApiKeyAuthenticationOptions>(ApiKeyAuthentication.Scheme, options => options.OnChallenge = static (context, keySent) =>
            (keySent ? OttuError.IncorrectCredentials() : OttuError.NotAuthenticated()).ExecuteAsync(context));
        return builder;
    }

    /// <summary>Answers failures under the Ottu routes in Ottu's error format; before authentication, so it sees every answer.</summary>
    public static IApplicationBuilder UseOttuErrors(this IApplicationBuilder app) => app.UseMiddleware<OttuErrorMiddleware>();
}
