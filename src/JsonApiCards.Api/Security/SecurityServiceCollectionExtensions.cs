using System.Globalization;
using JsonApiCards.Api.Customers;
using System.Security.Claims;
using JsonApiCards.Api.Data;
using JsonApiCards.JsonApi.Queries.Keyset;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace JsonApiCards.Api.Security;

/// <summary>Registers who may call: integration credentials, the token endpoints, bearer token validation and the caller of each request.</summary>
public static class SecurityServiceCollectionExtensions
{
    private const string AnyCredentialScheme = "credential";

    /// <summary>
    /// Adds JwtBearer authentication of the access tokens <c>POST /oauth/token</c> issues, the <see cref="AccessPolicies.Caller"/>
    /// policy, and <see cref="CallerContext"/> per request from the validated token. Signing keys come from the <c>Auth</c>
    /// configuration section and are checked when the app starts; in Development, missing keys are generated once into
    /// <c>Auth:DevelopmentKeyFile</c> (<c>~/.jsonapicards/signing-keys.json</c>).
    /// </summary>
    public static WebApplicationBuilder AddCardsSecurity(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        IServiceCollection services = builder.Services;

        services.AddAccessTokenAuthentication();
        services.AddSingleton<AccessTokenIssuer>();
        services.AddSingleton<IPasswordHasher<ApiClient>, PasswordHasher<ApiClient>>();
        services.AddScoped<ApiClients>();
        services.AddSingleton<IPasswordHasher<Customer>, PasswordHasher<Customer>>();
        services.AddScoped<CustomerPasswords>();
        services.AddScoped<AccessTokenRevoker>();
        services.AddScoped<ApiKeys>();

        // A request's credential is read before rate limiting, so an API key draws from its own bucket as a token does; which
        // credentials a route accepts is its policy's choice (the JSON:API routes take bearer tokens, the Ottu routes API keys).
        services.AddAuthentication(options => options.DefaultScheme = AnyCredentialScheme)
            .AddPolicyScheme(AnyCredentialScheme, displayName: null, policy => policy.ForwardDefaultSelector = context =>
                ApiKeyAuthentication.KeyOf(context.Request) is null ? JwtBearerDefaults.AuthenticationScheme : ApiKeyAuthentication.Scheme)
            .AddScheme<ApiKeyAuthenticationOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthentication.Scheme, configureOptions: null);
        services.AddAuthorizationBuilder()
            .AddPolicy(AccessPolicies.ApiKeyCaller, policy => policy
                .AddAuthenticationSchemes(ApiKeyAuthentication.Scheme)
                .RequireAuthenticatedUser());
        return builder;
    }

    /// <summary>
    /// What checks a request's access token, without what issues one: the load benchmark's hand-written baseline calls
    /// this too, so both validate the same tokens the same way.
    /// </summary>
    internal static IServiceCollection AddAccessTokenAuthentication(this IServiceCollection services)
    {
        services.AddOptions<AuthOptions>()
            .BindConfiguration(AuthOptions.SectionName)
            .ValidateOnStart();
        services.AddSingleton<IPostConfigureOptions<AuthOptions>, DevelopmentSigningKeysSetup>();
        services.AddSingleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SigningKeyRing>();
        services.AddSingleton<RevocationList>();

        services.AddHttpContextAccessor();
        services.AddScoped(provider => CallerContext.OfRequest(provider.GetRequiredService<IHttpContextAccessor>()));
        services.AddSingleton<ICursorAudience, CallerCursorAudience>();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>, SigningKeyRing, TimeProvider, RevocationList>((jwt, auth, keys, clock, revocations) =>
            {
                jwt.MapInboundClaims = false;
                jwt.IncludeErrorDetails = false;
                jwt.TokenValidationParameters = AccessTokenValidation.Parameters(auth.Value, keys, clock);
                jwt.Events = new JwtBearerEvents
                {
                    OnTokenValidated = context => RefuseRevokedAsync(context, revocations),
                    OnChallenge = BearerChallenge.WriteAsync,
                };
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(AccessPolicies.Caller, policy => policy
                .AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser());
        return services;
    }

    // The signature, issuer, audience and lifetime are checked; what is left is what only the database knows, read from memory.
    private static async Task RefuseRevokedAsync(TokenValidatedContext context, RevocationList revocations)
    {
        ClaimsPrincipal? user = context.Principal;
        string? tokenId = user?.FindFirstValue(AccessTokenClaims.TokenId);
        string? clientId = user?.FindFirstValue(AccessTokenClaims.ClientId);
        if (tokenId is null || clientId is null || !CardsMode.IsKnown(user!.FindFirstValue(AccessTokenClaims.Mode)))
        {
            context.Fail("The token does not carry the claims of an access token.");
            return;
        }

        long? customerId = long.TryParse(user!.FindFirstValue(AccessTokenClaims.CustomerId), CultureInfo.InvariantCulture, out long customer) ? customer : null;
        int credentialsVersion = int.TryParse(user!.FindFirstValue(AccessTokenClaims.CredentialsVersion), CultureInfo.InvariantCulture, out int version) ? version : 0;
        if (await revocations.IsRevokedAsync(tokenId, clientId, context.HttpContext.RequestAborted)
            || await revocations.IsOutdatedAsync(customerId, credentialsVersion, context.HttpContext.RequestAborted))
        {
            context.Fail("The token has been revoked, its client disabled, or its customer's password changed.");
        }
    }
}
