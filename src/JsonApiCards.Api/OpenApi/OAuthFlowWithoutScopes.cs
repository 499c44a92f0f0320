using Newtonsoft.Json;
using NSwag;

namespace JsonApiCards.Api.OpenApi;

/// <summary>
/// An OAuth2 flow whose token carries the client's own scope without it being asked for, so it declares none. OpenAPI
/// requires the <c>scopes</c> map even when empty, and NSwag's serializer leaves empty maps out unless they are required.
/// </summary>
internal sealed class OAuthFlowWithoutScopes : OpenApiOAuthFlow
{
    public OAuthFlowWithoutScopes() => base.Scopes = new Dictionary<string, string>();

    [JsonProperty("scopes", Required = Required.Always)]
    public new IDictionary<string, string> Scopes => base.Scopes;
}
