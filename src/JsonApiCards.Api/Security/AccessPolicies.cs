namespace JsonApiCards.Api.Security;

/// <summary>The authorization policies routes name.</summary>
public static class AccessPolicies
{
    /// <summary>A caller with a valid access token: an integration of either mode.</summary>
    public const string Caller = "caller";

    /// <summary>A customer signed in to the Akinon adapter with a session cookie (<c>osessionid</c>).</summary>
    public const string AkinonSession = "akinon_session";

    /// <summary>A caller with a valid API key (<c>Authorization: Api-Key &lt;key&gt;</c>): an integration of the key's mode.</summary>
    public const string ApiKeyCaller = "api_key_caller";
}
