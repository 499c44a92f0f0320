using Microsoft.AspNetCore.Http.HttpResults;

namespace JsonApiCards.Api.Security;

/// <summary>
/// The OAuth2 endpoints integrations get and give back their access tokens at: <c>POST /oauth/token</c> (client
/// credentials, RFC 6749 4.4) and <c>POST /oauth/revoke</c> (RFC 7009).
/// </summary>
public static class OAuthApi
{
    private const string ClientCredentials = "client_credentials";

    public static IEndpointRouteBuilder MapOAuth(this IEndpointRouteBuilder endpoints)
    {
        RouteGroupBuilder oauth = endpoints.MapGroup("/oauth").WithTags("oauth");
        oauth.MapPost("/token", IssueTokenAsync).WithName("issue_token");
        oauth.MapPost("/revoke", RevokeTokenAsync).WithName("revoke_token");
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

        if (grantType != ClientCredentials)
        {
            return OAuthError.UnsupportedGrantType(grantType);
        }

        if (parameters.ClientCredentials(out error) is not { } credentials)
        {
            return error!;
        }

        ApiClient? client = await services.Clients.AuthenticateAsync(credentials.ClientId, credentials.Secret, cancellationToken);
        if (client is null)
        {
            return OAuthError.InvalidClient();
        }

        string allowedScope = AccessTokenClaims.ScopeOf(client.Mode);
        if (parameters["scope"] is { } scope && scope != allowedScope)
        {
            return OAuthError.InvalidScope(scope, allowedScope);
        }

        return TypedResults.Ok(TokenResponse.From(services.Issuer.Issue(client)));
    }

    private static async Task<Results<Ok, OAuthError>> RevokeTokenAsync(HttpRequest request, [AsParameters] RevocationEndpointServices services, CancellationToken cancellationToken)
    {
        OAuthResponseHeaders.PreventCaching(request.HttpContext.Response);
        var (parameters, error) = await OAuthRequest.ReadAsync(request, cancellationToken);
        if (parameters is null)
        {
            return error!;
        }

        if (parameters.ClientCredentials(out error) is not { } credentials)
        {
            return error!;
        }

        ApiClient? client = await services.Clients.AuthenticateAsync(credentials.ClientId, credentials.Secret, cancellationToken);
        if (client is null)
        {
            return OAuthError.InvalidClient();
        }

        if (parameters["token"] is not { Length: > 0 } token)
        {
            return OAuthError.InvalidRequest("The parameter 'token' is required.");
        }

        // RFC 7009, 2.2: an unknown, invalid or someone else's token is answered as a revoked one, and tells nothing.
        await services.Revoker.RevokeAsync(client, token, cancellationToken);
        return TypedResults.Ok();
    }

    internal sealed record TokenEndpointServices(ApiClients Clients, AccessTokenIssuer Issuer);

    internal sealed record RevocationEndpointServices(ApiClients Clients, AccessTokenRevoker Revoker);
}
