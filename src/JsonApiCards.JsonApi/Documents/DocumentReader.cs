using System.Text.Json;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Resources.Annotations;
using JsonApiCards.JsonApi.Services;

namespace JsonApiCards.JsonApi.Documents;

/// <summary>
/// Reads request bodies. Structural faults (malformed JSON, missing or mistyped members) answer 400, a type that
/// does not belong to the endpoint 409, a client-generated id 403, and attributes that cannot be set or converted 422,
/// each with a JSON Pointer to the member. Members the specification does not define, and @-members anywhere, are ignored.
/// </summary>
internal static class DocumentReader
{
    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 64 };
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = ParseOptions.MaxDepth };

    /// <summary>Reads the resource object of a create (no <paramref name="expectedId"/>) or update request.</summary>
    public static ResourceRequest ReadResource(ReadOnlyMemory<byte> body, ResourceType endpointType, long? expectedId)
    {
        ArgumentNullException.ThrowIfNull(endpointType);
        using JsonDocument document = Parse(body);
        JsonElement data = GetData(document.RootElement);
        if (data.ValueKind != JsonValueKind.Object)
        {
            throw RequestBodyErrors.Invalid("/data", "Expected 'data' to be a resource object.");
        }

        // Members the specification does not define are ignored, as JSON:API 1.1 asks; 'lid' it defines, and only atomic
        // operations take it.
        if (data.TryGetProperty("lid", out _))
        {
            throw RequestBodyErrors.Invalid("/data/lid", "Local ids ('lid') are taken only by atomic operations: create the resource without one.");
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

    /// <summary>Parses a request body, answering 400 for one that is missing, not JSON, or holds text that is not Unicode.</summary>
    internal static JsonDocument Parse(ReadOnlyMemory<byte> body)
    {
        if (body.IsEmpty)
        {
            throw RequestBodyErrors.Missing();
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, ParseOptions);
        }
        catch (JsonException exception)
        {
            string where = exception.LineNumber is { } line ? $" at line {line + 1}, position {exception.BytePositionInLine + 1}" : "";
            throw RequestBodyErrors.Malformed($"The request body is not valid JSON{where}.");
        }

        if (JsonTextCheck.FindInvalidString(body.Span, ReaderOptions) is { } position)
        {
            document.Dispose();
            throw RequestBodyErrors.Malformed($"The request body holds text that is not Unicode (bytes that are not UTF-8, or an unpaired surrogate escape) in the string at byte {position}.");
        }

        return document;
    }

    private static JsonElement GetData(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw RequestBodyErrors.Invalid("", "Expected the request body to be a JSON object.");
        }

        // 'included' the specification defines, for compound documents, which a request does not take.
        if (root.TryGetProperty("included", out _))
        {
            throw RequestBodyErrors.Invalid("/included", "A request document does not take 'included': send each resource in a request of its own, or use atomic operations.");
        }

        return root.TryGetProperty("data", out JsonElement data)
            ? data
            : throw RequestBodyErrors.Invalid("", "Expected a top-level 'data' member.");
    }

    /// <summary>
    /// An @-member (its name starts with '@'): JSON:API 1.1 has processors ignore them wherever they appear, so one in
    /// 'attributes' or 'relationships' is neither an attribute nor a relationship.
    /// </summary>
    internal static bool IsAtMember(JsonProperty member) => member.Name.StartsWith('@');

    /// <summary>Checks that a resource object or resource identifier (<paramref name="kind"/>, named in the error) has the expected type.</summary>
    private static void ReadType(JsonElement element, ResourceType expectedType, string pointer, string kind)
    {
        if (!element.TryGetProperty("type", out JsonElement type))
        {
            throw RequestBodyErrors.Invalid(pointer, $"Expected a 'type' member in the {kind}.");
        }

        if (type.ValueKind != JsonValueKind.String)
        {
            throw RequestBodyErrors.Invalid(pointer + "/type", "Expected 'type' to be a string.");
        }

        if (!type.ValueEquals(expectedType.PublicName))
        {
            throw ResourceErrors.TypeMismatch(expectedType, type.GetString(), pointer);
        }
    }

    private static long? ReadId(JsonElement data, ResourceType resourceType, long? expectedId)
    {
        bool hasId = data.TryGetProperty("id", out JsonElement idElement);
        if (expectedId is null)
        {
            if (hasId)
            {
                throw ResourceErrors.ClientGeneratedIdNotAllowed(resourceType);
            }

            return null;
        }

        if (!hasId)
        {
            throw RequestBodyErrors.Invalid("/data", "Expected an 'id' member in the resource object.");
        }

        // The Commerce Layer examples send the id as a JSON number; accept it alongside the string JSON:API asks for.
        string? text = idElement.ValueKind switch
        {
            JsonValueKind.String => idElement.GetString(),
            JsonValueKind.Number => idElement.GetRawText(),
            _ => throw RequestBodyErrors.Invalid("/data/id", "Expected 'id' to be a string."),
        };

        if (!ResourceId.TryParse(text, out long id) || id != expectedId)
        {
            throw ResourceErrors.IdMismatch(text, expectedId);
        }

        return id;
    }

    private static void ReadAttributes(JsonElement attributes, ResourceType resourceType, AttrCapabilities requiredCapability, Dictionary<AttrField, object?> values)
    {
        if (attributes.ValueKind != JsonValueKind.Object)
        {
            throw RequestBodyErrors.Invalid("/data/attributes", "Expected 'attributes' to be an object.");
        }

        var errors = new List<ErrorObject>();
        foreach (JsonProperty member in attributes.EnumerateObject())
        {
            if (IsAtMember(member))
            {
                continue;
            }

            string pointer = "/data/attributes/" + member.Name;
            AttrField? attribute = resourceType.FindAttribute(member.Name);
            if (attribute is null)
            {
                errors.Add(AttributeErrors.Unknown(pointer, member.Name, resourceType));
            }
            else if (!attribute.Can(requiredCapability))
            {
                errors.Add(AttributeErrors.ReadOnly(pointer, member.Name, resourceType, requiredCapability));
            }
            else if (values.ContainsKey(attribute))
            {
                throw RequestBodyErrors.Invalid(pointer, $"The attribute '{member.Name}' appears more than once.");
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
                    errors.Add(AttributeErrors.InvalidValue(pointer, member.Name, attribute.ReadValue.Expected));
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
            throw RequestBodyErrors.Invalid("/data/relationships", "Expected 'relationships' to be an object.");
        }

        foreach (JsonProperty member in relationships.EnumerateObject())
        {
            if (IsAtMember(member))
            {
                continue;
            }

            string pointer = "/data/relationships/" + member.Name;
            RelationshipField relationship = resourceType.FindRelationship(member.Name)
                ?? throw RelationshipErrors.Unknown(pointer, member.Name, resourceType);

            if (relationship.IsToMany && !relationship.Can(toManyCapability))
            {
                throw RelationshipErrors.ChangeForbidden(relationship, toManyCapability, pointer);
            }

            if (member.Value.ValueKind != JsonValueKind.Object || !member.Value.TryGetProperty("data", out JsonElement data))
            {
                throw RequestBodyErrors.Invalid(pointer, $"Expected '{member.Name}' to be a relationship object with a 'data' member.");
            }

            if (!values.TryAdd(relationship, ReadLinkage(data, relationship, pointer + "/data")))
            {
                throw RequestBodyErrors.Invalid(pointer, $"The relationship '{member.Name}' appears more than once.");
            }
        }
    }

    private static RelationshipRequest ReadLinkage(JsonElement data, RelationshipField relationship, string pointer)
    {
        if (relationship.IsToMany)
        {
            if (data.ValueKind != JsonValueKind.Array)
            {
                throw RequestBodyErrors.Invalid(pointer, $"Expected an array of resource identifiers for the to-many relationship '{relationship.PublicName}'.");
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
            _ => throw RequestBodyErrors.Invalid(pointer, $"Expected a resource identifier or null for the to-one relationship '{relationship.PublicName}'."),
        };
    }

    private static long ReadIdentifier(JsonElement identifier, RelationshipField relationship, string pointer)
    {
        if (identifier.ValueKind != JsonValueKind.Object)
        {
            throw RequestBodyErrors.Invalid(pointer, "Expected a resource identifier object with 'type' and 'id'.");
        }

        if (identifier.TryGetProperty("lid", out _))
        {
            throw RequestBodyErrors.Invalid(pointer + "/lid", "Local ids ('lid') are not supported: identify the related resource by its 'id'.");
        }

        ReadType(identifier, relationship.RightType, pointer, "resource identifier");
        if (!identifier.TryGetProperty("id", out JsonElement idElement))
        {
            throw RequestBodyErrors.Invalid(pointer, "Expected an 'id' member in the resource identifier.");
        }

        if (idElement.ValueKind != JsonValueKind.String)
        {
            throw RequestBodyErrors.Invalid(pointer + "/id", "Expected 'id' to be a string.");
        }

        string text = idElement.GetString()!;
        return ResourceId.TryParse(text, out long id)
            ? id
            : throw ResourceErrors.RelatedNotFound(relationship.RightType, text, pointer);
    }
}
