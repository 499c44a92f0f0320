using System.Buffers.Text;
using System.Collections;
using System.Collections.Frozen;
using System.Text.Json;
using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Queries.Expressions;
using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Documents;

/// <summary>
/// Writes JSON:API documents straight to a <see cref="Utf8JsonWriter"/>: member names are encoded once,
/// attribute values go through compiled typed writers, and links come from the request's <see cref="LinkBuilder"/>.
/// </summary>
public static class DocumentWriter
{
    private static readonly JsonEncodedText DataName = JsonEncodedText.Encode("data");
    private static readonly JsonEncodedText IncludedName = JsonEncodedText.Encode("included");
    private static readonly JsonEncodedText LinksName = JsonEncodedText.Encode("links");
    private static readonly JsonEncodedText MetaName = JsonEncodedText.Encode("meta");
    private static readonly JsonEncodedText JsonApiName = JsonEncodedText.Encode("jsonapi");
    private static readonly JsonEncodedText VersionName = JsonEncodedText.Encode("version");
    private static readonly JsonEncodedText VersionValue = JsonEncodedText.Encode("1.1");
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText TypeName = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText AttributesName = JsonEncodedText.Encode("attributes");
    private static readonly JsonEncodedText RelationshipsName = JsonEncodedText.Encode("relationships");
    private static readonly JsonEncodedText SelfName = JsonEncodedText.Encode("self");
    private static readonly JsonEncodedText RelatedName = JsonEncodedText.Encode("related");
    private static readonly JsonEncodedText FirstName = JsonEncodedText.Encode("first");
    private static readonly JsonEncodedText PrevName = JsonEncodedText.Encode("prev");
    private static readonly JsonEncodedText NextName = JsonEncodedText.Encode("next");
    private static readonly JsonEncodedText LastName = JsonEncodedText.Encode("last");
    private static readonly JsonEncodedText RecordCountName = JsonEncodedText.Encode("record_count");
    private static readonly JsonEncodedText PageCountName = JsonEncodedText.Encode("page_count");
    private static readonly JsonEncodedText ErrorsName = JsonEncodedText.Encode("errors");
    private static readonly JsonEncodedText StatusName = JsonEncodedText.Encode("status");
    private static readonly JsonEncodedText CodeName = JsonEncodedText.Encode("code");
    private static readonly JsonEncodedText TitleName = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText DetailName = JsonEncodedText.Encode("detail");
    private static readonly JsonEncodedText SourceName = JsonEncodedText.Encode("source");
    private static readonly JsonEncodedText PointerName = JsonEncodedText.Encode("pointer");
    private static readonly JsonEncodedText ParameterName = JsonEncodedText.Encode("parameter");
    private static readonly JsonEncodedText HeaderName = JsonEncodedText.Encode("header");

    /// <summary>Writes a document whose primary data is one resource, or null.</summary>
    public static void WriteSingle(Utf8JsonWriter writer, DocumentContext context, ResourceType resourceType, object? resource)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(context);
        var state = new WriteState(context);

        writer.WriteStartObject();
        writer.WritePropertyName(DataName);
        if (resource is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            state.MarkPrimary(resourceType, resource);
            state.CollectIncluded(resourceType, resource, context.Include);
            WriteResourceObject(writer, state, resourceType, resource, state.IncludedAtTop, linkageSources: null);
        }

        WriteIncluded(writer, state);
        WriteSelfLink(writer, context.SelfUrl);
        WriteJsonApiObject(writer);
        writer.WriteEndObject();
    }

    /// <summary>Writes a document whose primary data is a collection, with paging members when given.</summary>
    public static void WriteCollection(Utf8JsonWriter writer, DocumentContext context, ResourceType resourceType, IReadOnlyList<object> resources, PageLinks? page)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(resources);
        var state = new WriteState(context);

        foreach (object resource in resources)
        {
            state.MarkPrimary(resourceType, resource);
        }

        foreach (object resource in resources)
        {
            state.CollectIncluded(resourceType, resource, context.Include);
        }

        writer.WriteStartObject();
        writer.WritePropertyName(DataName);
        writer.WriteStartArray();
        foreach (object resource in resources)
        {
            WriteResourceObject(writer, state, resourceType, resource, state.IncludedAtTop, linkageSources: null);
        }

        writer.WriteEndArray();
        WriteIncluded(writer, state);

        if (page is not null)
        {
            writer.WritePropertyName(MetaName);
            writer.WriteStartObject();
            writer.WriteNumber(RecordCountName, page.RecordCount);
            writer.WriteNumber(PageCountName, page.PageCount);
            writer.WriteEndObject();
        }

        writer.WritePropertyName(LinksName);
        writer.WriteStartObject();
        writer.WriteString(SelfName, context.SelfUrl);
        if (page is not null)
        {
            writer.WriteString(FirstName, page.First);
            if (page.Prev is not null)
            {
                writer.WriteString(PrevName, page.Prev);
            }

            if (page.Next is not null)
            {
                writer.WriteString(NextName, page.Next);
            }

            writer.WriteString(LastName, page.Last);
        }

        writer.WriteEndObject();
        WriteJsonApiObject(writer);
        writer.WriteEndObject();
    }

    /// <summary>Writes a relationship document: the linkage of a to-one (or null) or of a to-many relationship.</summary>
    public static void WriteRelationship(Utf8JsonWriter writer, DocumentContext context, RelationshipField relationship, object owner, object? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(relationship);
        writer.WriteStartObject();
        writer.WritePropertyName(DataName);
        WriteLinkage(writer, relationship, value);
        writer.WritePropertyName(LinksName);
        writer.WriteStartObject();
        writer.WriteString(SelfName, context.SelfUrl);
        context.Links.WriteRelationshipLink(writer, RelatedName, relationship.Owner, ((IIdentifiable)owner).Id, relationship.JsonName, isRelationshipsLink: false);
        writer.WriteEndObject();
        WriteJsonApiObject(writer);
        writer.WriteEndObject();
    }

    /// <summary>Writes an error document.</summary>
    public static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<ErrorObject> errors)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(errors);
        writer.WriteStartObject();
        writer.WritePropertyName(ErrorsName);
        writer.WriteStartArray();
        foreach (ErrorObject error in errors)
        {
            writer.WriteStartObject();
            writer.WriteString(StatusName, ((int)error.Status).ToString(System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteString(CodeName, error.Code);
            writer.WriteString(TitleName, error.Title);
            if (error.Detail is not null)
            {
                writer.WriteString(DetailName, error.Detail);
            }

            if (error.Pointer is not null || error.Parameter is not null || error.Header is not null)
            {
                writer.WritePropertyName(SourceName);
                writer.WriteStartObject();
                if (error.Pointer is not null)
                {
                    writer.WriteString(PointerName, error.Pointer);
                }

                if (error.Parameter is not null)
                {
                    writer.WriteString(ParameterName, error.Parameter);
                }

                if (error.Header is not null)
                {
                    writer.WriteString(HeaderName, error.Header);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteJsonApiObject(writer);
        writer.WriteEndObject();
    }

    // A primary resource writes the linkage of relationshipsWithData from itself. An included resource writes the linkage of
    // each relationship in linkageSources from the copy loaded through the include path that names it: two paths may reach
    // the same resource, each loading different relationships of it.
    private static void WriteResourceObject(Utf8JsonWriter writer, WriteState state, ResourceType resourceType, object resource, IReadOnlySet<RelationshipField> relationshipsWithData, IReadOnlyDictionary<RelationshipField, object>? linkageSources)
    {
        long id = ((IIdentifiable)resource).Id;
        SparseFieldSetExpression? selection = state.Context.Fieldsets.GetValueOrDefault(resourceType);

        writer.WriteStartObject();
        WriteId(writer, IdName, id);
        writer.WriteString(TypeName, resourceType.JsonName);

        writer.WritePropertyName(LinksName);
        writer.WriteStartObject();
        state.Context.Links.WriteResourceLink(writer, SelfName, resourceType, id);
        writer.WriteEndObject();

        bool attributesStarted = false;
        foreach (AttrField attribute in resourceType.Attributes)
        {
            if (!attribute.Can(Resources.Annotations.AttrCapabilities.AllowView) || (selection is not null && !selection.Attributes.Contains(attribute)))
            {
                continue;
            }

            if (!attributesStarted)
            {
                writer.WritePropertyName(AttributesName);
                writer.WriteStartObject();
                attributesStarted = true;
            }

            writer.WritePropertyName(attribute.JsonName);
            attribute.WriteValue(writer, resource);
        }

        if (attributesStarted)
        {
            writer.WriteEndObject();
        }

        bool relationshipsStarted = false;
        foreach (RelationshipField relationship in resourceType.Relationships)
        {
            if (selection is not null && !selection.Relationships.Contains(relationship))
            {
                continue;
            }

            if (!relationshipsStarted)
            {
                writer.WritePropertyName(RelationshipsName);
                writer.WriteStartObject();
                relationshipsStarted = true;
            }

            writer.WritePropertyName(relationship.JsonName);
            writer.WriteStartObject();
            writer.WritePropertyName(LinksName);
            writer.WriteStartObject();
            state.Context.Links.WriteRelationshipLink(writer, SelfName, resourceType, id, relationship.JsonName, isRelationshipsLink: true);
            state.Context.Links.WriteRelationshipLink(writer, RelatedName, resourceType, id, relationship.JsonName, isRelationshipsLink: false);
            writer.WriteEndObject();
            object? linkageSource = linkageSources is null
                ? relationshipsWithData.Contains(relationship) ? resource : null
                : linkageSources.GetValueOrDefault(relationship);
            if (linkageSource is not null)
            {
                writer.WritePropertyName(DataName);
                WriteLinkage(writer, relationship, relationship.GetValue(linkageSource));
            }

            writer.WriteEndObject();
        }

        if (relationshipsStarted)
        {
            writer.WriteEndObject();
        }

        if (state.DefinitionOf(resourceType).GetMeta(resource) is { Count: > 0 } meta)
        {
            writer.WritePropertyName(MetaName);
            writer.WriteStartObject();
            foreach (var (key, value) in meta)
            {
                writer.WriteString(key, value);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteLinkage(Utf8JsonWriter writer, RelationshipField relationship, object? value)
    {
        if (!relationship.IsToMany)
        {
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                WriteIdentifier(writer, relationship.RightType, value);
            }

            return;
        }

        writer.WriteStartArray();
        if (value is IEnumerable related)
        {
            foreach (object item in related)
            {
                WriteIdentifier(writer, relationship.RightType, item);
            }
        }

        writer.WriteEndArray();
    }

    private static void WriteIdentifier(Utf8JsonWriter writer, ResourceType resourceType, object resource)
    {
        writer.WriteStartObject();
        writer.WriteString(TypeName, resourceType.JsonName);
        WriteId(writer, IdName, ((IIdentifiable)resource).Id);
        writer.WriteEndObject();
    }

    private static void WriteIncluded(Utf8JsonWriter writer, WriteState state)
    {
        if (state.Included is not { Count: > 0 } includedResources)
        {
            return;
        }

        writer.WritePropertyName(IncludedName);
        writer.WriteStartArray();
        foreach (IncludedResource included in includedResources.Values)
        {
            WriteResourceObject(writer, state, included.ResourceType, included.Resource, FrozenSet<RelationshipField>.Empty, included.LinkageSources);
        }

        writer.WriteEndArray();
    }

    private static void WriteSelfLink(Utf8JsonWriter writer, string selfUrl)
    {
        writer.WritePropertyName(LinksName);
        writer.WriteStartObject();
        writer.WriteString(SelfName, selfUrl);
        writer.WriteEndObject();
    }

    private static void WriteJsonApiObject(Utf8JsonWriter writer)
    {
        writer.WritePropertyName(JsonApiName);
        writer.WriteStartObject();
        writer.WriteString(VersionName, VersionValue);
        writer.WriteEndObject();
    }

    private static void WriteId(Utf8JsonWriter writer, JsonEncodedText name, long id)
    {
        Span<byte> digits = stackalloc byte[20];
        Utf8Formatter.TryFormat(id, digits, out int written);
        writer.WriteString(name, digits[..written]);
    }

    private sealed record IncludedResource(ResourceType ResourceType, object Resource, Dictionary<RelationshipField, object> LinkageSources);

    private sealed class WriteState(DocumentContext context)
    {
        private static readonly IReadOnlySet<RelationshipField> NoRelationships = new HashSet<RelationshipField>();

        // Most documents include nothing and hold one resource type: the sets and the map are made only when needed.
        private HashSet<(ResourceType, long)>? _primary;
        private Dictionary<ResourceType, IResourceDefinition>? _definitions;
        private ResourceType? _lastType;
        private IResourceDefinition? _lastDefinition;

        public DocumentContext Context { get; } = context;

        public IReadOnlySet<RelationshipField> IncludedAtTop { get; } =
            context.Include.Count == 0 ? NoRelationships : context.Include.Select(node => node.Relationship).ToHashSet();

        /// <summary>Resolves each type's definition once per document rather than once per resource written.</summary>
        public IResourceDefinition DefinitionOf(ResourceType resourceType)
        {
            if (ReferenceEquals(resourceType, _lastType))
            {
                return _lastDefinition!;
            }

            if (_lastType is not null)
            {
                // A second type (an included one): from here on, keep every type met.
                _definitions ??= new() { [_lastType] = _lastDefinition! };
            }

            IResourceDefinition? definition = null;
            if (_definitions is null || !_definitions.TryGetValue(resourceType, out definition))
            {
                definition = Context.Definitions(resourceType);
                _definitions?.Add(resourceType, definition);
            }

            _lastType = resourceType;
            _lastDefinition = definition;
            return definition;
        }

        /// <summary>The included resources met so far, in the order first met; null until the first one.</summary>
        public Dictionary<(ResourceType, long), IncludedResource>? Included { get; private set; }

        /// <summary>Remembers a resource of the primary data, so that includes do not repeat it; nothing to remember without includes.</summary>
        public void MarkPrimary(ResourceType resourceType, object resource)
        {
            if (Context.Include.Count > 0)
            {
                (_primary ??= []).Add((resourceType, ((IIdentifiable)resource).Id));
            }
        }

        public void CollectIncluded(ResourceType resourceType, object resource, IReadOnlyList<IncludeElementExpression> nodes)
        {
            foreach (IncludeElementExpression node in nodes)
            {
                object? value = node.Relationship.GetValue(resource);
                if (value is null)
                {
                    continue;
                }

                if (node.Relationship.IsToMany)
                {
                    foreach (object related in (IEnumerable)value)
                    {
                        Add(node, related);
                    }
                }
                else
                {
                    Add(node, value);
                }
            }
        }

        private void Add(IncludeElementExpression node, object related)
        {
            ResourceType rightType = node.Relationship.RightType;
            var key = (rightType, ((IIdentifiable)related).Id);
            if (_primary?.Contains(key) != true)
            {
                Included ??= [];
                if (!Included.TryGetValue(key, out IncludedResource? included))
                {
                    included = new IncludedResource(rightType, related, []);
                    Included.Add(key, included);
                }

                foreach (IncludeElementExpression child in node.Children)
                {
                    included.LinkageSources.TryAdd(child.Relationship, related);
                }
            }

            CollectIncluded(rightType, related, node.Children);
        }
    }
}
