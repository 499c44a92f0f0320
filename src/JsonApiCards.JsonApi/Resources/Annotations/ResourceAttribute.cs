namespace JsonApiCards.JsonApi.Resources.Annotations;

/// <summary>Marks an entity as a JSON:API resource and names its type, e.g. <c>[Resource("credit_cards")]</c>.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ResourceAttribute(string publicName) : Attribute
{
    /// <summary>The resource type as it appears in documents and URLs.</summary>
    public string PublicName { get; } = publicName;
}
