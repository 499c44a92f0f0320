using System.Text.Json.Nodes;

namespace JsonApiCards.Api.Tests.Support;

/// <summary>A committed response snapshot read back: the request that got it and the response's status, media type and body.</summary>
public sealed record ResponseSnapshot(string Name, string Method, string Target, int Status, string? MediaType, JsonNode? Body)
{
    public JsonObject ToJson() => new()
    {
        ["name"] = Name,
        ["method"] = Method,
        ["target"] = Target,
        ["status"] = Status,
        ["mediaType"] = MediaType,
        ["body"] = Body?.DeepClone(),
    };
}
