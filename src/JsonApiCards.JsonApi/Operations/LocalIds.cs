using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Operations;

/// <summary>The local ids (<c>lid</c>) of one atomic request: each defined by an <c>add</c>, usable by the operations after it.</summary>
internal sealed class LocalIds
{
    private readonly Dictionary<string, (ResourceType Type, long Id)> _defined = new(StringComparer.Ordinal);

    /// <summary>Refuses a local id an earlier operation already defined.</summary>
    public void EnsureNew(string lid, string pointer)
    {
        if (_defined.ContainsKey(lid))
        {
            throw AtomicOperationErrors.LocalIdDefinedTwice(lid, pointer);
        }
    }

    /// <summary>Records the id the server gave the resource an <c>add</c> declared <paramref name="lid"/> for.</summary>
    public void Define(string lid, ResourceType type, long id) => _defined.Add(lid, (type, id));

    /// <summary>The id of the resource <paramref name="lid"/> names, checked against the type it is used with.</summary>
    public long Resolve(string lid, string? typeName, string pointer)
    {
        if (!_defined.TryGetValue(lid, out var resource))
        {
            throw AtomicOperationErrors.UnknownLocalId(lid, pointer);
        }

        if (typeName is not null && typeName != resource.Type.PublicName)
        {
            throw AtomicOperationErrors.LocalIdTypeMismatch(lid, resource.Type.PublicName, typeName, pointer);
        }

        return resource.Id;
    }
}
