using System.Globalization;
using JsonApiCards.JsonApi.Documents;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Services;

namespace JsonApiCards.JsonApi.Endpoints;

/// <summary>What the writer needs of the query string: the include tree and the sparse fieldsets.</summary>
internal sealed record DocumentQuery(IReadOnlyList<IncludeNode> Include, IReadOnlyDictionary<ResourceType, FieldSelection> Fieldsets)
{
    public static readonly DocumentQuery Empty = new([], new Dictionary<ResourceType, FieldSelection>());
}

/// <summary>Reads the query string of a request into the service's query and the writer's view of it.</summary>
internal static class QueryBinding
{
    public static (ResourceQuery<TResource> Query, DocumentQuery Document) ForCollection<TResource>(JsonApiRequest<TResource> request)
        where TResource : class, IIdentifiable, new()
    {
        var options = request.Options.Value;
        var query = request.HttpContext.Request.Query;
        int number = ReadPositive(query["page[number]"], "page[number]", 1, int.MaxValue);
        int size = ReadPositive(query["page[size]"], "page[size]", options.DefaultPageSize, options.MaxPageSize);
        return (new ResourceQuery<TResource> { PageNumber = number, PageSize = size, Shape = resources => resources.OrderBy(resource => resource.Id) }, DocumentQuery.Empty);
    }

    public static (ResourceQuery<TResource> Query, DocumentQuery Document) ForSingle<TResource>(JsonApiRequest<TResource> request)
        where TResource : class, IIdentifiable, new() => (new ResourceQuery<TResource>(), DocumentQuery.Empty);

    private static int ReadPositive(Microsoft.Extensions.Primitives.StringValues values, string name, int defaultValue, int max)
    {
        if (values.Count == 0)
        {
            return defaultValue;
        }

        return int.TryParse(values[^1], NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value >= 1 && value <= max
            ? value
            : throw new InvalidQueryStringParameterException(name, $"Expected a whole number from 1 to {max}.");
    }
}
