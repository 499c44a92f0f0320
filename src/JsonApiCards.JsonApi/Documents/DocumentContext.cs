using System.Collections.ObjectModel;
using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Queries.Expressions;
using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Documents;

/// <summary>What the writer needs to know of the request to write a response document.</summary>
internal sealed record DocumentContext
{
    private readonly string? _selfUrl;

    /// <summary>Builds the document's links, from the address the request reached.</summary>
    public required LinkBuilder Links { get; init; }

    /// <summary>The top-level <c>links.self</c>: the request's own URL unless set to another (a created resource's URL).</summary>
    public string SelfUrl
    {
        get => _selfUrl ?? Links.Self;
        init => _selfUrl = value;
    }

    /// <summary>The relationships to include below the primary data.</summary>
    public IReadOnlyList<IncludeElementExpression> Include { get; init; } = [];

    /// <summary>Sparse fieldsets by resource type; a type not in it shows every viewable field.</summary>
    public IReadOnlyDictionary<ResourceType, SparseFieldSetExpression> Fieldsets { get; init; } = ReadOnlyDictionary<ResourceType, SparseFieldSetExpression>.Empty;

    /// <summary>The most members of a to-many relationship written as linkage (and included through it); a longer one is cut there and marked truncated.</summary>
    public int MaxToManyLinkage { get; init; } = int.MaxValue;

    /// <summary>Finds the definition of a resource type, for its per-resource <c>meta</c>.</summary>
    public required Func<ResourceType, IResourceDefinition> Definitions { get; init; }
}
