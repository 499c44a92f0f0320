using JsonApiCards.JsonApi.Errors;
using Microsoft.AspNetCore.Http;

namespace JsonApiCards.JsonApi.Endpoints;

/// <summary>Refuses query parameters on a route that takes none, naming the first one sent.</summary>
internal static class NoQueryParameters
{
    /// <summary>
    /// Throws a 400 naming the first query parameter, if there is one. A bare <c>?</c> or <c>?&amp;</c> holds no parameter,
    /// so it is no error (clients that build URLs often leave one).
    /// </summary>
    public static void Require(HttpRequest request, string detail)
    {
        if (request.Query.Count > 0)
        {
            throw new InvalidQueryStringParameterException(request.Query.Keys.First(), detail);
        }
    }
}
