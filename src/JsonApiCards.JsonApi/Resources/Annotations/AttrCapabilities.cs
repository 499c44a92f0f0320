namespace JsonApiCards.JsonApi.Resources.Annotations;

/// <summary>What clients may do with an attribute.</summary>
[Flags]
public enum AttrCapabilities
{
    /// <summary>Nothing: the attribute is neither readable nor writable.</summary>
    None = 0,

    /// <summary>Returned in documents and selectable in sparse fieldsets.</summary>
    AllowView = 1,

    /// <summary>Usable in filter expressions.</summary>
    AllowFilter = 2,

    /// <summary>Usable in the <c>sort</c> parameter.</summary>
    AllowSort = 4,

    /// <summary>Settable in a POST request body.</summary>
    AllowCreate = 8,

    /// <summary>Settable in a PATCH request body.</summary>
    AllowChange = 16,

    /// <summary>Every capability.</summary>
    All = AllowView | AllowFilter | AllowSort | AllowCreate | AllowChange,
}
