using System.Text.Json.Nodes;
using JsonApiCards.JsonApi.Errors;

namespace JsonApiCards.Api.Data;

/// <summary>The checks every resource makes of its <c>reference</c> and <c>metadata</c>.</summary>
internal static class SharedValidation
{
    public const int ReferenceLength = 255;
    public const int MetadataLength = 16 * 1024;

    public static void CheckReferenceAndMetadata(CardsResource resource, ValidationErrors errors)
    {
        CheckReference(resource.Reference, errors);
        CheckMetadata(resource.Metadata, errors);
    }

    private static void CheckReference(string? reference, ValidationErrors errors)
    {
        if (reference is { Length: > ReferenceLength })
        {
            errors.AddForAttribute("reference", $"The reference may not be longer than {ReferenceLength} characters.");
        }
    }

    private static void CheckMetadata(JsonObject? metadata, ValidationErrors errors)
    {
        if (metadata is not null && metadata.ToJsonString().Length > MetadataLength)
        {
            errors.AddForAttribute("metadata", $"The metadata may not be larger than {MetadataLength} characters of JSON.");
        }
    }
}
