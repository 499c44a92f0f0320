namespace JsonApiCards.Api.RateLimits;

/// <summary>The rate limiting policies routes name (<c>RequireRateLimiting</c>).</summary>
public static class RateLimitPolicies
{
    /// <summary>Per credential: the client of the access token, or the remote address of a request without a valid one.</summary>
    public const string Caller = "caller";

    /// <summary>The OAuth endpoints, per remote address; the client a request names is limited by the endpoint itself, once it has read the body.</summary>
    public const string TokenEndpoint = "token_endpoint";
}
