namespace JsonApiCards.JsonApi.Resources.Annotations;

/// <summary>How clients may change the members of a to-many relationship.</summary>
[Flags]
public enum HasManyCapabilities
{
    /// <summary>The members cannot be changed through the API.</summary>
    None = 0,

    /// <summary>Replacing every member: PATCH of the relationship, or the relationship in a resource PATCH body.</summary>
    AllowSet = 1,

    /// <summary>Adding members: POST to the relationship, or the relationship in a resource POST body.</summary>
    AllowAdd = 2,

    /// <summary>Removing members: DELETE of the relationship.</summary>
    AllowRemove = 4,

    /// <summary>Every capability.</summary>
    All = AllowSet | AllowAdd | AllowRemove,
}
