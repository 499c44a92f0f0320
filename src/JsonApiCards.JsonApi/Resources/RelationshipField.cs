using System.Reflection;
using System.Text.Json;
using JsonApiCards.JsonApi.Resources.Annotations;

namespace JsonApiCards.JsonApi.Resources;

/// <summary>A relationship of a resource type, with accessors compiled once when the graph is built.</summary>
public sealed class RelationshipField
{
    private ResourceType? _rightType;

    internal RelationshipField(ResourceType owner, PropertyInfo property, string publicName, bool isToMany, bool canInclude, bool isRequired, HasManyCapabilities capabilities = HasManyCapabilities.All)
    {
        Owner = owner;
        Property = property;
        PublicName = publicName;
        JsonName = JsonEncodedText.Encode(publicName);
        IsToMany = isToMany;
        CanInclude = canInclude;
        IsRequired = isRequired;
        Capabilities = capabilities;
        GetValue = AccessorCompiler.CompileGetter(property);
        SetValue = property.CanWrite ? AccessorCompiler.CompileSetter(property) : null;
        RightClrType = isToMany ? ElementTypeOf(property.PropertyType) : property.PropertyType;

        // Projections fill a to-many relationship with a List<T>.
        if (isToMany && !property.PropertyType.IsAssignableFrom(typeof(List<>).MakeGenericType(RightClrType)))
        {
            throw new InvalidOperationException($"To-many relationship '{owner.ClrType.Name}.{property.Name}' must be a type a List<{RightClrType.Name}> can be assigned to.");
        }

        if (!isToMany)
        {
            ForeignKey = owner.ClrType.GetProperty(property.Name + "Id")
                ?? throw new InvalidOperationException($"To-one relationship '{owner.ClrType.Name}.{property.Name}' needs a foreign key property '{property.Name}Id'.");
            SetForeignKey = AccessorCompiler.CompileSetter(ForeignKey);
        }
    }

    /// <summary>The resource type that declares this relationship.</summary>
    public ResourceType Owner { get; }

    /// <summary>The navigation property behind the relationship.</summary>
    public PropertyInfo Property { get; }

    /// <summary>The member name in documents.</summary>
    public string PublicName { get; }

    /// <summary>The pre-encoded member name, for writing.</summary>
    public JsonEncodedText JsonName { get; }

    /// <summary>True for to-many, false for to-one.</summary>
    public bool IsToMany { get; }

    /// <summary>Whether clients may name the relationship in <c>include</c>.</summary>
    public bool CanInclude { get; }

    /// <summary>Whether a to-one relationship may not be cleared.</summary>
    public bool IsRequired { get; }

    /// <summary>How clients may change the members of a to-many relationship.</summary>
    public HasManyCapabilities Capabilities { get; }

    /// <summary>Whether clients may change the members of this to-many relationship in the given way.</summary>
    public bool Can(HasManyCapabilities capability) => (Capabilities & capability) == capability;

    /// <summary>The entity type on the other side.</summary>
    public Type RightClrType { get; }

    /// <summary>The resource type on the other side.</summary>
    public ResourceType RightType => _rightType ?? throw new InvalidOperationException("The resource graph is not complete.");

    /// <summary>The foreign key property of a to-one relationship.</summary>
    public PropertyInfo? ForeignKey { get; }

    /// <summary>Reads the navigation property.</summary>
    public Func<object, object?> GetValue { get; }

    /// <summary>Sets the navigation property.</summary>
    public Action<object, object?>? SetValue { get; }

    /// <summary>Sets the foreign key of a to-one relationship.</summary>
    public Action<object, object?>? SetForeignKey { get; }

    internal void Complete(ResourceType rightType) => _rightType = rightType;

    private static Type ElementTypeOf(Type collectionType) =>
        collectionType.IsGenericType ? collectionType.GetGenericArguments()[0]
        : throw new InvalidOperationException($"To-many relationship type '{collectionType}' must be a generic collection.");

    /// <inheritdoc />
    public override string ToString() => PublicName;
}
