using NSwag;

namespace JsonApiCards.ClientGenerator;

/// <summary>
/// Puts <c>application/json</c> first in request bodies that also take a form (<c>/oauth/token</c>, <c>/oauth/revoke</c>,
/// which list the form first as OAuth does). NSwag's C# client always serializes a body as JSON but labels it with the
/// first media type listed, so it would send JSON as <c>application/x-www-form-urlencoded</c>, which the service refuses.
/// </summary>
internal static class JsonRequestBodies
{
    private const string Json = "application/json";

    public static void Apply(OpenApiDocument document)
    {
        foreach (OpenApiOperation operation in document.Operations.Select(description => description.Operation))
        {
            if (operation.RequestBody?.Content is not { } content || content.Keys.First() == Json || !content.TryGetValue(Json, out OpenApiMediaType? json))
            {
                continue;
            }

            var others = content.Where(pair => pair.Key != Json).ToList();
            content.Clear();
            content[Json] = json;
            foreach (var (mediaType, description) in others)
            {
                content[mediaType] = description;
            }
        }
    }
}
