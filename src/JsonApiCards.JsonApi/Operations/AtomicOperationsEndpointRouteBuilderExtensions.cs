using JsonApiCards.JsonApi.Endpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace JsonApiCards.JsonApi.Operations;

/// <summary>Maps the endpoint of the JSON:API Atomic Operations extension.</summary>
public static class AtomicOperationsEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST /operations</c> (the atomic operations extension, https://jsonapi.org/ext/atomic) in the group of the
    /// JSON:API base path that <see cref="JsonApiEndpointRouteBuilderExtensions.MapJsonApiResources"/> returns, so that the
    /// group's conventions (authorization, rate limits) hold for it too. Its operations run through the services and
    /// definitions of the resources mapped there.
    /// </summary>
    /// <returns>The same group.</returns>
    public static RouteGroupBuilder MapAtomicOperations(this RouteGroupBuilder jsonApi)
    {
        ArgumentNullException.ThrowIfNull(jsonApi);
        jsonApi.MapPost("/operations", AtomicOperationsHandler.PostAsync)
            .WithName("atomic_operations")
            .WithTags("operations")
            .WithMetadata(AtomicOperationsRoute.Instance)
            .AnswersDocument(StatusCodes.Status200OK, JsonApiRouteMetadata.Write)
            .AddEndpointFilter<AtomicContentNegotiationFilter>();
        return jsonApi;
    }
}
