using System.Collections.ObjectModel;
using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Queries.Expressions;
using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Documents;

/// <summary>What the writer needs to know of the request to write a response document.</summary>
public sealed record DocumentContext
{
    /// <summary>The absolute URL the resource routes start with, e.g. <c>http://localhost:5000/api</c>, without a trailing slash.</summary>
    public required string BaseUrl { get; init; }

    /// <summary>The absolute URL of the request, for the top-level <c>links.self</c>.</summary>
    public required string SelfUrl { get; init; }

    /// <summary>The relationships to include below the primary data.</summary>
    public IReadOnlyList<IncludeElementExpression> Include { get; init; } = [];

    /// <summary>Sparse fieldsets by resource type; a type not in it shows every viewable field.</summary>
    public IReadOnlyDictionary<ResourceType, SparseFieldSetExpression> Fieldsets { get; init; } = ReadOnlyDictionary<ResourceType, SparseFieldSetExpression>.Empty;

    /// <summary>Finds the definition of a resource type, for its per-resource <c>meta</c>.</summary>
    public required Func<ResourceType, IResourceDefinition> Definitions { get; init; }
}
