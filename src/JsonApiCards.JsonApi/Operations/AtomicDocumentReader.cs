using System.Text.Json;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Operations;

/// <summary>
/// Reads the structure of an atomic request document: <c>atomic:operations</c>, each operation's <c>op</c>, <c>ref</c> and
/// the presence and kind of its <c>data</c>. The contents of <c>data</c> are read later, operation by operation, by the same
/// reader as the single routes', once the local ids of earlier operations are known.
/// </summary>
internal static class AtomicDocumentReader
{
    private const string OperationsMember = "atomic:operations";

    /// <summary>Reads the operations of <paramref name="document"/>; more than <paramref name="maxOperations"/> is a 413.</summary>
    public static IReadOnlyList<AtomicOperation> Read(JsonDocument document, ResourceGraph resourceGraph, int maxOperations)
    {
        ArgumentNullException.ThrowIfNull(document);
        JsonElement root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw RequestBodyErrors.Invalid("", "Expected the request body to be a JSON object.");
        }

        // Members the specification does not define are ignored; 'included' it defines, for compound documents, which no request takes.
        if (root.TryGetProperty("included", out _))
        {
            throw RequestBodyErrors.Invalid("/included", "A request document does not take 'included': add each resource with an operation of its own.");
        }

        if (!root.TryGetProperty(OperationsMember, out JsonElement operations) || operations.ValueKind != JsonValueKind.Array)
        {
            throw RequestBodyErrors.Invalid("/" + OperationsMember, $"Expected a top-level '{OperationsMember}' array.");
        }

        int count = operations.GetArrayLength();
        if (count > maxOperations)
        {
            throw AtomicOperationErrors.TooMany(maxOperations, count);
        }

        if (count == 0)
        {
            throw RequestBodyErrors.Invalid("/" + OperationsMember, $"Expected at least one operation in '{OperationsMember}'.");
        }

        var read = new List<AtomicOperation>(count);
        int index = 0;
        foreach (JsonElement operation in operations.EnumerateArray())
        {
            read.Add(ReadOperation(operation, index++, resourceGraph));
        }

        return read;
    }

    private static AtomicOperation ReadOperation(JsonElement operation, int index, ResourceGraph resourceGraph)
    {
        string pointer = $"/{OperationsMember}/{index}";
        if (operation.ValueKind != JsonValueKind.Object)
        {
            throw RequestBodyErrors.Invalid(pointer, "Expected an operation object.");
        }

        if (operation.TryGetProperty("href", out _))
        {
            throw AtomicOperationErrors.HrefNotSupported(pointer + "/href");
        }

        string op = operation.TryGetProperty("op", out JsonElement opElement) && opElement.ValueKind == JsonValueKind.String
            ? opElement.GetString()!
            : throw RequestBodyErrors.Invalid(pointer + "/op", "Expected 'op' to be \"add\", \"update\" or \"remove\".");
        AtomicReference? reference = operation.TryGetProperty("ref", out JsonElement referenceElement)
            ? ReadReference(referenceElement, pointer + "/ref", resourceGraph)
            : null;
        JsonElement? data = operation.TryGetProperty("data", out JsonElement dataElement) ? dataElement : null;

        if (reference?.Relationship is not null)
        {
            if (reference.Id is null && reference.Lid is null)
            {
                throw RequestBodyErrors.Invalid(pointer + "/ref", "Expected 'id' or 'lid' in a 'ref' that names a relationship.");
            }

            if (data is null)
            {
                throw RequestBodyErrors.Invalid(pointer, "Expected a 'data' member with the relationship's linkage.");
            }

            AtomicOperationKind kind = op switch
            {
                "add" => AtomicOperationKind.AddToRelationship,
                "update" => AtomicOperationKind.UpdateRelationship,
                "remove" => AtomicOperationKind.RemoveFromRelationship,
                _ => throw RequestBodyErrors.Invalid(pointer + "/op", "Expected 'op' to be \"add\", \"update\" or \"remove\"."),
            };
            return new AtomicOperation(index, kind, reference.Type, reference, data);
        }

        switch (op)
        {
            case "add":
                if (reference is not null)
                {
                    throw RequestBodyErrors.Invalid(pointer + "/ref", "An 'add' of a resource takes no 'ref'; its resource object in 'data' names the type.");
                }

                return new AtomicOperation(index, AtomicOperationKind.AddResource, ResourceObjectType(data, pointer, resourceGraph), null, data);
            case "update":
                ResourceType type = ResourceObjectType(data, pointer, resourceGraph);
                if (reference is not null && reference.Type != type)
                {
                    throw RequestBodyErrors.Invalid(pointer + "/data/type", $"The resource object's type '{type.PublicName}' differs from the 'ref' type '{reference.Type.PublicName}'.");
                }

                return new AtomicOperation(index, AtomicOperationKind.UpdateResource, type, reference, data);
            case "remove":
                if (reference is null || (reference.Id is null && reference.Lid is null))
                {
                    throw RequestBodyErrors.Invalid(pointer + "/ref", "Expected a 'ref' with 'type' and 'id' or 'lid' naming the resource to remove.");
                }

                if (data is not null)
                {
                    throw RequestBodyErrors.Invalid(pointer + "/data", "A 'remove' of a resource takes no 'data'.");
                }

                return new AtomicOperation(index, AtomicOperationKind.RemoveResource, reference.Type, reference, null);
            default:
                throw RequestBodyErrors.Invalid(pointer + "/op", "Expected 'op' to be \"add\", \"update\" or \"remove\".");
        }
    }

    private static AtomicReference ReadReference(JsonElement reference, string pointer, ResourceGraph resourceGraph)
    {
        if (reference.ValueKind != JsonValueKind.Object)
        {
            throw RequestBodyErrors.Invalid(pointer, "Expected 'ref' to be an object with 'type', 'id' or 'lid', and optionally 'relationship'.");
        }

        ResourceType type = KnownType(reference, pointer, resourceGraph);
        string? id = OptionalString(reference, "id", pointer);
        string? lid = OptionalString(reference, "lid", pointer);
        if (id is not null && lid is not null)
        {
            throw RequestBodyErrors.Invalid(pointer, "Expected either 'id' or 'lid' in 'ref', not both.");
        }

        RelationshipField? relationship = null;
        if (OptionalString(reference, "relationship", pointer) is { } name)
        {
            relationship = type.FindRelationship(name) ?? throw RelationshipErrors.Unknown(pointer + "/relationship", name, type);
        }

        return new AtomicReference(type, id, lid, relationship);
    }

    private static ResourceType ResourceObjectType(JsonElement? data, string pointer, ResourceGraph resourceGraph)
    {
        if (data is not { ValueKind: JsonValueKind.Object } resourceObject)
        {
            throw RequestBodyErrors.Invalid(pointer + "/data", "Expected 'data' to be a resource object.");
        }

        return KnownType(resourceObject, pointer + "/data", resourceGraph);
    }

    private static ResourceType KnownType(JsonElement element, string pointer, ResourceGraph resourceGraph)
    {
        if (!element.TryGetProperty("type", out JsonElement type) || type.ValueKind != JsonValueKind.String)
        {
            throw RequestBodyErrors.Invalid(pointer + "/type", "Expected 'type' to be a string naming a resource type.");
        }

        string name = type.GetString()!;
        return resourceGraph.FindResourceType(name)
            ?? throw RequestBodyErrors.Invalid(pointer + "/type", $"There is no resource type '{name}'.");
    }

    private static string? OptionalString(JsonElement element, string name, string pointer)
    {
        if (!element.TryGetProperty(name, out JsonElement value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw RequestBodyErrors.Invalid($"{pointer}/{name}", $"Expected '{name}' to be a string.");
    }
}
