using System.Linq.Expressions;
using System.Reflection;
using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Definitions;

/// <summary>
/// A field (attribute or relationship) a definition names, written as a property of the entity rather than as a string, so
/// that a rename is a compile error. Keep one in a <c>static readonly</c> field of the definition: the lambda is read once,
/// and <see cref="Endpoints.JsonApiEndpointRouteBuilderExtensions.MapJsonApiResources"/> resolves every such field of every
/// definition against the resource graph, so a property that is no field stops the application at start-up.
/// </summary>
/// <example><code>private static readonly ResourceField&lt;CreditCard&gt; FirstName = ResourceField.Of&lt;CreditCard&gt;(card =&gt; card.FirstName);</code></example>
public abstract class ResourceField
{
    private string? _publicName;

    private protected ResourceField(Type resourceClrType, PropertyInfo property)
    {
        ResourceClrType = resourceClrType;
        Property = property;
    }

    /// <summary>The entity type the field belongs to.</summary>
    public Type ResourceClrType { get; }

    /// <summary>The entity property behind the field.</summary>
    public PropertyInfo Property { get; }

    /// <summary>The field's name in documents (<c>first_name</c>), for error pointers and messages; known once the application has started.</summary>
    public string PublicName => _publicName
        ?? throw new InvalidOperationException($"'{this}' is resolved against the resource graph when the application starts; declare it in a static readonly field of a resource definition.");

    /// <summary>Names the field behind a property of <typeparamref name="TResource"/>, such as <c>card =&gt; card.FirstName</c>.</summary>
    public static ResourceField<TResource> Of<TResource>(Expression<Func<TResource, object?>> property)
        where TResource : class => new(PropertyChain.Of(property) is [PropertyInfo single]
            ? single
            : throw new ArgumentException($"'{property}' must read one property of its parameter, as in resource => resource.Name.", nameof(property)));

    /// <summary>Checks the field against the graph and learns its public name; throws <see cref="InvalidOperationException"/> when it is no field.</summary>
    internal void Resolve(ResourceGraph graph)
    {
        ResourceType type = graph.GetResourceType(ResourceClrType);
        _publicName = type.PublicNamesOf([Property])[0];
        IsRequiredOnCreate = type.FindAttribute(_publicName)?.IsRequiredOnCreate ?? false;
    }

    /// <summary>Whether the field is an attribute a resource cannot be created without; known once the application has started.</summary>
    public bool IsRequiredOnCreate { get; private set; }

    /// <summary>Whether <paramref name="field"/> is the attribute or relationship this names.</summary>
    internal bool Names(PropertyInfo field) => PropertyChain.Same(Property, field);

    /// <inheritdoc />
    public override string ToString() => $"{ResourceClrType.Name}.{Property.Name}";
}

/// <summary>A field of <typeparamref name="TResource"/>; see <see cref="ResourceField"/>.</summary>
/// <typeparam name="TResource">The entity type.</typeparam>
public sealed class ResourceField<TResource> : ResourceField
    where TResource : class
{
    internal ResourceField(PropertyInfo property)
        : base(typeof(TResource), property)
    {
    }
}
