using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Queries.Keyset;

/// <summary>One key of a keyset order: an attribute of the paged resource itself, its direction, and whether it can hold null.</summary>
internal sealed record KeysetKey(AttrField Attribute, bool IsAscending, bool IsNullable, Func<object, object?> Read)
{
    /// <summary>The property type without <see cref="Nullable{T}"/>.</summary>
    public Type ValueType { get; } = Nullable.GetUnderlyingType(Attribute.Property.PropertyType) ?? Attribute.Property.PropertyType;
}
