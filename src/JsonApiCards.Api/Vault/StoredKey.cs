using System.Text.Json.Serialization;

namespace JsonApiCards.Api.Vault;

/// <summary>A data key as <c>vault keys</c> lists it: never its material, wrapped or not.</summary>
internal sealed record StoredKey(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("mode")] string Mode,
    [property: JsonPropertyName("state")] string State,
    [property: JsonPropertyName("created_at")] DateTime CreatedAt,
    [property: JsonPropertyName("cards")] int Cards);
