using JsonApiCards.Api.Customers;
using JsonApiCards.Api.Data;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.Api.RateLimits;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JsonApiCards.Api.Security;

/// <summary>
/// The OAuth2 endpoints integrations get and give back their access tokens at: <c>POST /oauth/token</c> (client
/// credentials, RFC 6749 4.4, and a customer's password, 4.3) and <c>POST /oauth/revoke</c> (RFC 7009).
/// </summary>
/// <remarks>
/// The password grant authenticates the integration too (its id and secret, as for client credentials): the customer's
/// token is of the integration's mode, names the customer, and is revoked with the integration. A shop's server, which holds
/// the integration's secret, exchanges its customer's email and password for the customer's token.
/// </remarks>
public static class OAuthApi
{
    private const string ClientCredentials = "client_credentials";
    private const string Password = "password";

    public static IEndpointRouteBuilder MapOAuth(this IEndpointRouteBuilder endpoints)
    {
        RouteGroupBuilder oauth = endpoints.MapGroup("/oauth").WithTags("oauth").RequireRateLimiting(RateLimitPolicies.TokenEndpoint)
            .AddEndpointFilter(AnswerBusyDatabaseAsync);
        oauth.MapPost("/token", IssueTokenAsync).WithName("issue_token").AnswersOAuthErrors();
        oauth.MapPost("/revoke", RevokeTokenAsync).WithName("revoke_token").AnswersOAuthErrors();
        return endpoints;
    }

    private static async Task<Results<Ok<TokenResponse>, OAuthError>> IssueTokenAsync(HttpRequest request, [AsParameters] TokenEndpointServices services, CancellationToken cancellationToken)
    {
        OAuthResponseHeaders.PreventCaching(request.HttpContext.Response);
        var (parameters, error) = await OAuthRequest.ReadAsync(request, cancellationToken);
        if (parameters is null)
        {
            return error!;
        }

        if (parameters["grant_type"] is not { Length: > 0 } grantType)
        {
            return OAuthError.InvalidRequest("The parameter 'grant_type' is required.");
        }

        if (grantType is not (ClientCredentials or Password))
        {
            return OAuthError.UnsupportedGrantType(grantType);
        }

        var (client, refusal) = await AuthenticateClientAsync(parameters, services.Clients, services.Limiter, cancellationToken);
        if (client is null)
        {
            return refusal!;
        }

        long? customerId = null;
        int credentialsVersion = 0;
        if (grantType == Password)
        {
            if (parameters["username"] is not { Length: > 0 } username || parameters["password"] is not { Length: > 0 } password)
            {
                return OAuthError.InvalidRequest("The password grant needs 'username' (the customer's email) and 'password'.");
            }

            Customer? customer = await services.Customers.AuthenticateAsync(client.Mode, username, password, cancellationToken);
            if (customer is null)
            {
                return OAuthError.InvalidGrant();
            }

            customerId = customer.Id;
            credentialsVersion = customer.CredentialsVersion;
        }

        string allowedScope = customerId is long id ? AccessTokenClaims.ScopeOf(client.Mode, id) : AccessTokenClaims.ScopeOf(client.Mode);
        if (parameters["scope"] is { } scope && scope != allowedScope)
        {
            return OAuthError.InvalidScope(scope, allowedScope);
        }

        return TypedResults.Ok(TokenResponse.From(services.Issuer.Issue(client, customerId, credentialsVersion)));
    }

    private static async Task<Results<Ok, OAuthError>> RevokeTokenAsync(HttpRequest request, [AsParameters] RevocationEndpointServices services, CancellationToken cancellationToken)
    {
        OAuthResponseHeaders.PreventCaching(request.HttpContext.Response);
        var (parameters, error) = await OAuthRequest.ReadAsync(request, cancellationToken);
        if (parameters is null)
        {
            return error!;
        }

        var (client, refusal) = await AuthenticateClientAsync(parameters, services.Clients, services.Limiter, cancellationToken);
        if (client is null)
        {
            return refusal!;
        }

        if (parameters["token"] is not { Length: > 0 } token)
        {
            return OAuthError.InvalidRequest("The parameter 'token' is required.");
        }

        // RFC 7009, 2.2: an unknown, invalid or someone else's token is answered as a revoked one, and tells nothing.
        await services.Revoker.RevokeAsync(client, token, cancellationToken);
        return TypedResults.Ok();
    }

    /// <summary>
    /// The client's own authentication, the same at both endpoints: its credentials (Basic or in the body), the per-client
    /// limit counted before the secret is checked (so wrong secrets count too), then the secret.
    /// </summary>
    private static async Task<(ApiClient? Client, OAuthError? Refusal)> AuthenticateClientAsync(
        OAuthRequest parameters, ApiClients clients, TokenRequestLimiter limiter, CancellationToken cancellationToken)
    {
        if (parameters.ClientCredentials(out OAuthError? error) is not { } credentials)
        {
            return (null, error);
        }

        if (limiter.RefusalFor(credentials.ClientId) is { } retryAfterSeconds)
        {
            return (null, OAuthError.TooManyRequests(retryAfterSeconds));
        }

        ApiClient? client = await clients.AuthenticateAsync(credentials.ClientId, credentials.Secret, cancellationToken);
        return client is null ? (null, OAuthError.InvalidClient()) : (client, null);
    }

    // A token issued or revoked writes (the revocation list, a customer's sign-in); a database that stays busy is RFC 6749's 503.
    private static async ValueTask<object?> AnswerBusyDatabaseAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception exception) when (DatabaseUnavailable.Caused(exception, context.HttpContext.RequestServices.GetRequiredService<IDatabaseFailureClassifier>()))
        {
            return OAuthError.TemporarilyUnavailable(DatabaseUnavailable.RetryAfterSeconds);
        }
    }

    /// <summary>What both endpoints may refuse, in RFC 6749's error shape: a bad request (400), a client that failed to authenticate (401), too many requests (429).</summary>
    private static RouteHandlerBuilder AnswersOAuthErrors(this RouteHandlerBuilder route) => route
        .Produces<OAuthErrorBody>(StatusCodes.Status400BadRequest, "application/json")
        .Produces<OAuthErrorBody>(StatusCodes.Status401Unauthorized, "application/json")
        .Produces<OAuthErrorBody>(StatusCodes.Status429TooManyRequests, "application/json");

    internal sealed record TokenEndpointServices(ApiClients Clients, CustomerPasswords Customers, AccessTokenIssuer Issuer, TokenRequestLimiter Limiter);

    internal sealed record RevocationEndpointServices(ApiClients Clients, AccessTokenRevoker Revoker, TokenRequestLimiter Limiter);
}
