using System.Net;
using System.Text.Json;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Resources.Annotations;
using JsonApiCards.JsonApi.Services;

namespace JsonApiCards.JsonApi.Documents;

/// <summary>
/// Reads request bodies. Structural faults (malformed JSON, missing or mistyped members) answer 400, a type that
/// does not belong to the endpoint 409, a client-generated id 403, and attributes that cannot be set or converted 422,
/// each with a JSON Pointer to the member.
/// </summary>
public static class DocumentReader
{
    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 64 };
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = ParseOptions.MaxDepth };
    private static readonly HashSet<string> TopLevelMembers = ["data", "meta", "jsonapi", "links"];
    private static readonly HashSet<string> ResourceObjectMembers = ["type", "id", "attributes", "relationships", "links", "meta"];
    private static readonly HashSet<string> IdentifierMembers = ["type", "id", "meta"];

    /// <summary>Reads the resource object of a create (no <paramref name="expectedId"/>) or update request.</summary>
    public static ResourceRequest ReadResource(ReadOnlyMemory<byte> body, ResourceType endpointType, long? expectedId)
    {
        ArgumentNullException.ThrowIfNull(endpointType);
        using JsonDocument document = Parse(body);
        JsonElement data = GetData(document.RootElement);
        if (data.ValueKind != JsonValueKind.Object)
        {
            throw BadRequest("/data", "Expected 'data' to be a resource object.");
        }

        foreach (JsonProperty member in data.EnumerateObject())
        {
            if (!ResourceObjectMembers.Contains(member.Name))
            {
                throw BadRequest("/data/" + member.Name, $"Unknown member '{member.Name}' in the resource object.");
            }
        }

        ReadType(data, endpointType, "/data", "resource object");
        long? id = ReadId(data, endpointType, expectedId);

        var attributes = new Dictionary<AttrField, object?>();
        if (data.TryGetProperty("attributes", out JsonElement attributesElement))
        {
            ReadAttributes(attributesElement, endpointType, expectedId is null ? AttrCapabilities.AllowCreate : AttrCapabilities.AllowChange, attributes);
        }

        var relationships = new Dictionary<RelationshipField, RelationshipRequest>();
        if (data.TryGetProperty("relationships", out JsonElement relationshipsElement))
        {
            ReadRelationships(relationshipsElement, endpointType, expectedId is null ? HasManyCapabilities.AllowAdd : HasManyCapabilities.AllowSet, relationships);
        }

        return new ResourceRequest(endpointType, id, attributes, relationships);
    }

    /// <summary>
    /// Reads the body of a request to a relationship endpoint: <c>{"data": null | identifier}</c> for a to-one,
    /// <c>{"data": [identifiers]}</c> for a to-many relationship. Structural faults answer 400 and a type that is not the
    /// relationship's 409, each pointing at the member.
    /// </summary>
    public static RelationshipRequest ReadRelationship(ReadOnlyMemory<byte> body, RelationshipField relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        using JsonDocument document = Parse(body);
        JsonElement data = GetData(document.RootElement);
        return ReadLinkage(data, relationship, "/data");
    }

    private static JsonDocument Parse(ReadOnlyMemory<byte> body)
    {
        if (body.IsEmpty)
        {
            throw new JsonApiException(new ErrorObject(HttpStatusCode.BadRequest, "MISSING_REQUEST_BODY", "Missing request body.", "This request needs a JSON:API document in its body."));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, ParseOptions);
        }
        catch (JsonException exception)
        {
            string where = exception.LineNumber is { } line ? $" at line {line + 1}, position {exception.BytePositionInLine + 1}" : "";
            throw Malformed($"The request body is not valid JSON{where}.");
        }

        if (JsonTextCheck.FindInvalidString(body.Span, ReaderOptions) is { } position)
        {
            document.Dispose();
            throw Malformed($"The request body holds text that is not Unicode (bytes that are not UTF-8, or an unpaired surrogate escape) in the string at byte {position}.");
        }

        return document;
    }

    private static JsonApiException Malformed(string detail) =>
        new(new ErrorObject(HttpStatusCode.BadRequest, "MALFORMED_JSON", "Failed to deserialize request body.", detail));

    private static JsonElement GetData(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw BadRequest("", "Expected the request body to be a JSON object.");
        }

        foreach (JsonProperty member in root.EnumerateObject())
        {
            if (!TopLevelMembers.Contains(member.Name))
            {
                throw BadRequest("/" + member.Name, $"Unknown top-level member '{member.Name}'; a request document has 'data' and optionally 'meta', 'jsonapi' or 'links'.");
            }
        }

        return root.TryGetProperty("data", out JsonElement data)
            ? data
            : throw BadRequest("", "Expected a top-level 'data' member.");
    }

    /// <summary>Checks that a resource object or resource identifier (<paramref name="kind"/>, named in the error) has the expected type.</summary>
    private static void ReadType(JsonElement element, ResourceType expectedType, string pointer, string kind)
    {
        if (!element.TryGetProperty("type", out JsonElement type))
        {
            throw BadRequest(pointer, $"Expected a 'type' member in the {kind}.");
        }

        if (type.ValueKind != JsonValueKind.String)
        {
            throw BadRequest(pointer + "/type", "Expected 'type' to be a string.");
        }

        if (!type.ValueEquals(expectedType.PublicName))
        {
            throw new JsonApiException(new ErrorObject(HttpStatusCode.Conflict, "TYPE_MISMATCH", "Resource type mismatch.", $"Expected type '{expectedType.PublicName}', not '{type.GetString()}'.") { Pointer = pointer + "/type" });
        }
    }

    private static long? ReadId(JsonElement data, ResourceType resourceType, long? expectedId)
    {
        bool hasId = data.TryGetProperty("id", out JsonElement idElement);
        if (expectedId is null)
        {
            if (hasId)
            {
                throw new JsonApiException(new ErrorObject(HttpStatusCode.Forbidden, "CLIENT_GENERATED_ID_NOT_ALLOWED", "Client-generated ids are not supported.", $"The server assigns ids to {resourceType.PublicName}; remove 'id' from the request.") { Pointer = "/data/id" });
            }

            return null;
        }

        if (!hasId)
        {
            throw BadRequest("/data", "Expected an 'id' member in the resource object.");
        }

        // The Commerce Layer examples send the id as a JSON number; accept it alongside the string JSON:API asks for.
        string? text = idElement.ValueKind switch
        {
            JsonValueKind.String => idElement.GetString(),
            JsonValueKind.Number => idElement.GetRawText(),
            _ => throw BadRequest("/data/id", "Expected 'id' to be a string."),
        };

        if (!ResourceId.TryParse(text, out long id) || id != expectedId)
        {
            throw new JsonApiException(new ErrorObject(HttpStatusCode.Conflict, "ID_MISMATCH", "Resource id mismatch.", $"The id in the body ('{text}') differs from the id in the URL ('{expectedId}').") { Pointer = "/data/id" });
        }

        return id;
    }

    private static void ReadAttributes(JsonElement attributes, ResourceType resourceType, AttrCapabilities requiredCapability, Dictionary<AttrField, object?> values)
    {
        if (attributes.ValueKind != JsonValueKind.Object)
        {
            throw BadRequest("/data/attributes", "Expected 'attributes' to be an object.");
        }

        var errors = new List<ErrorObject>();
        foreach (JsonProperty member in attributes.EnumerateObject())
        {
            string pointer = "/data/attributes/" + member.Name;
            AttrField? attribute = resourceType.FindAttribute(member.Name);
            if (attribute is null)
            {
                errors.Add(Unprocessable(pointer, "UNKNOWN_ATTRIBUTE", "Unknown attribute.", $"'{member.Name}' is not an attribute of {resourceType.PublicName}."));
            }
            else if (!attribute.Can(requiredCapability))
            {
                string action = requiredCapability == AttrCapabilities.AllowCreate ? "set when creating" : "changed on";
                errors.Add(Unprocessable(pointer, "READ_ONLY_ATTRIBUTE", "Attribute cannot be written.", $"'{member.Name}' cannot be {action} {resourceType.PublicName}."));
            }
            else if (values.ContainsKey(attribute))
            {
                throw BadRequest(pointer, $"The attribute '{member.Name}' appears more than once.");
            }
            else
            {
                var (success, value) = attribute.ReadValue.TryRead(member.Value);
                if (success)
                {
                    values.Add(attribute, value);
                }
                else
                {
                    errors.Add(Unprocessable(pointer, "INVALID_ATTRIBUTE_VALUE", "Invalid attribute value.", $"Expected '{member.Name}' to be {attribute.ReadValue.Expected}."));
                }
            }
        }

        if (errors.Count > 0)
        {
            throw new JsonApiException(errors);
        }
    }

    /// <summary>Reads the relationships of a resource body; a to-many one must allow being filled on create, or replaced on update.</summary>
    private static void ReadRelationships(JsonElement relationships, ResourceType resourceType, HasManyCapabilities toManyCapability, Dictionary<RelationshipField, RelationshipRequest> values)
    {
        if (relationships.ValueKind != JsonValueKind.Object)
        {
            throw BadRequest("/data/relationships", "Expected 'relationships' to be an object.");
        }

        foreach (JsonProperty member in relationships.EnumerateObject())
        {
            string pointer = "/data/relationships/" + member.Name;
            RelationshipField relationship = resourceType.FindRelationship(member.Name)
                ?? throw new JsonApiException(Unprocessable(pointer, "UNKNOWN_RELATIONSHIP", "Unknown relationship.", $"'{member.Name}' is not a relationship of {resourceType.PublicName}."));

            if (relationship.IsToMany && !relationship.Can(toManyCapability))
            {
                throw RelationshipChangeRules.Forbidden(relationship, toManyCapability, pointer);
            }

            if (member.Value.ValueKind != JsonValueKind.Object || !member.Value.TryGetProperty("data", out JsonElement data))
            {
                throw BadRequest(pointer, $"Expected '{member.Name}' to be a relationship object with a 'data' member.");
            }

            if (!values.TryAdd(relationship, ReadLinkage(data, relationship, pointer + "/data")))
            {
                throw BadRequest(pointer, $"The relationship '{member.Name}' appears more than once.");
            }
        }
    }

    private static RelationshipRequest ReadLinkage(JsonElement data, RelationshipField relationship, string pointer)
    {
        if (relationship.IsToMany)
        {
            if (data.ValueKind != JsonValueKind.Array)
            {
                throw BadRequest(pointer, $"Expected an array of resource identifiers for the to-many relationship '{relationship.PublicName}'.");
            }

            var ids = new List<long>();
            var positions = new List<int>();
            var seen = new HashSet<long>();
            int index = 0;
            foreach (JsonElement identifier in data.EnumerateArray())
            {
                long id = ReadIdentifier(identifier, relationship, $"{pointer}/{index}");
                if (seen.Add(id))
                {
                    ids.Add(id);
                    positions.Add(index);
                }

                index++;
            }

            return new RelationshipRequest(relationship, ids, pointer, positions);
        }

        return data.ValueKind switch
        {
            JsonValueKind.Null => new RelationshipRequest(relationship, [], pointer),
            JsonValueKind.Object => new RelationshipRequest(relationship, [ReadIdentifier(data, relationship, pointer)], pointer),
            _ => throw BadRequest(pointer, $"Expected a resource identifier or null for the to-one relationship '{relationship.PublicName}'."),
        };
    }

    private static long ReadIdentifier(JsonElement identifier, RelationshipField relationship, string pointer)
    {
        if (identifier.ValueKind != JsonValueKind.Object)
        {
            throw BadRequest(pointer, "Expected a resource identifier object with 'type' and 'id'.");
        }

        foreach (JsonProperty member in identifier.EnumerateObject())
        {
            if (member.NameEquals("lid"))
            {
                throw BadRequest(pointer + "/lid", "Local ids ('lid') are not supported: identify the related resource by its 'id'.");
            }

            if (!IdentifierMembers.Contains(member.Name))
            {
                throw BadRequest(pointer + "/" + member.Name, $"Unknown member '{member.Name}' in the resource identifier; it has 'type', 'id' and optionally 'meta'.");
            }
        }

        ReadType(identifier, relationship.RightType, pointer, "resource identifier");
        if (!identifier.TryGetProperty("id", out JsonElement idElement))
        {
            throw BadRequest(pointer, "Expected an 'id' member in the resource identifier.");
        }

        if (idElement.ValueKind != JsonValueKind.String)
        {
            throw BadRequest(pointer + "/id", "Expected 'id' to be a string.");
        }

        string text = idElement.GetString()!;
        return ResourceId.TryParse(text, out long id)
            ? id
            : throw RelatedResourceNotFound(relationship.RightType, text, pointer);
    }

    /// <summary>The 404 for linkage to a resource that does not exist.</summary>
    public static JsonApiException RelatedResourceNotFound(ResourceType resourceType, string id, string pointer) =>
        new(new ErrorObject(HttpStatusCode.NotFound, "RELATED_RESOURCE_NOT_FOUND", "A related resource does not exist.", $"There is no {resourceType.PublicName} with id '{id}'.") { Pointer = pointer });

    private static JsonApiException BadRequest(string pointer, string detail) =>
        new(new ErrorObject(HttpStatusCode.BadRequest, "INVALID_REQUEST_BODY", "Invalid request body.", detail) { Pointer = pointer });

    private static ErrorObject Unprocessable(string pointer, string code, string title, string detail) =>
        new(HttpStatusCode.UnprocessableEntity, code, title, detail) { Pointer = pointer };
}
