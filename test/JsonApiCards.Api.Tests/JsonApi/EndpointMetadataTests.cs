using System.Net;
using JsonApiCards.Api.Tests.Support;
using JsonApiCards.JsonApi.Resources;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.Api.Tests.JsonApi;

/// <summary>
/// Every JSON:API route declares in its endpoint metadata (which the OpenAPI document is generated from) the statuses it
/// really answers, each with the JSON:API media type unless it has no body, and the media type of the body it takes.
/// </summary>
public sealed class EndpointMetadataTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    private const string JsonApi = "application/vnd.api+json";

    private static readonly int[] ReadErrors = [400, 406, 414, 500];
    private static readonly int[] OneResourceErrors = [400, 404, 406, 414, 500];
    private static readonly int[] WriteErrors = [400, 403, 404, 406, 409, 413, 414, 415, 422, 500];
    private static readonly int[] DeleteErrors = [400, 404, 406, 409, 412, 414, 415, 500];

    // Reads that give an ETag answer 304 to If-None-Match; writes that take If-Match answer 412.
    private static readonly int[] ConditionalReadErrors = [304, .. ReadErrors];
    private static readonly int[] ConditionalOneResourceErrors = [304, .. OneResourceErrors];
    private static readonly int[] ConditionalWriteErrors = [400, 403, 404, 406, 409, 412, 413, 414, 415, 422, 500];

    public static TheoryData<string, int, int[], bool> Routes() => new()
    {
        { "list_{0}", 200, ConditionalReadErrors, false },
        { "create_{0}", 201, WriteErrors, true },
        { "get_{0}", 200, ConditionalOneResourceErrors, false },
        { "update_{0}", 200, ConditionalWriteErrors, true },
        { "delete_{0}", 204, DeleteErrors, false },
        { "get_{0}_relationship", 200, OneResourceErrors, false },
        { "get_{0}_related", 200, ConditionalOneResourceErrors, false },
        { "set_{0}_relationship", 204, ConditionalWriteErrors, true },
        { "add_to_{0}_relationship", 204, ConditionalWriteErrors, true },
        { "remove_from_{0}_relationship", 204, ConditionalWriteErrors, true },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public void Each_route_of_every_resource_declares_its_real_statuses_and_media_types(string routeName, int success, int[] errors, bool takesDocument)
    {
        string[] resources = [.. App.Services.GetRequiredService<ResourceGraph>().ResourceTypes.Select(type => type.PublicName)];
        resources.Should().Contain("credit_cards", "the resources come from the graph, so a resource added later is checked too");

        foreach (string resource in resources)
        {
            // Act
            Endpoint endpoint = Endpoint(string.Format(System.Globalization.CultureInfo.InvariantCulture, routeName, resource));
            var produces = endpoint.Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>();

            // Assert
            produces.Select(metadata => metadata.StatusCode).Order().Should().Equal([success, .. errors], "{0} answers exactly these", endpoint.DisplayName);
            foreach (IProducesResponseTypeMetadata response in produces)
            {
                response.ContentTypes.Should().Equal(response.StatusCode is 204 or 304 ? [] : [JsonApi], "status {0} of {1}", response.StatusCode, endpoint.DisplayName);
            }

            IAcceptsMetadata? accepts = endpoint.Metadata.GetMetadata<IAcceptsMetadata>();
            if (takesDocument)
            {
                accepts!.ContentTypes.Should().Equal([JsonApi], endpoint.DisplayName);
                accepts.IsOptional.Should().BeFalse();
            }
            else
            {
                accepts.Should().BeNull(endpoint.DisplayName);
            }
        }
    }

    [Fact]
    public async Task Real_answers_are_among_the_statuses_their_route_declares()
    {
        // Act
        var created = await Client.PostDocumentAsync("/api/customers", """{ "data": { "type": "customers", "attributes": { "email": "ada@example.com" } } }""");
        var listed = await Client.GetAsync("/api/customers");
        var updated = await Client.PatchDocumentAsync("/api/customers/1", """{ "data": { "type": "customers", "id": "1", "attributes": { "reference": "A1" } } }""");
        var linkage = await Client.GetAsync("/api/customers/1/relationships/orders");
        var related = await Client.GetAsync("/api/customers/1/orders");
        var badQuery = await Client.GetAsync("/api/customers?sort=colour");
        var deleted = await Client.DeleteAsync("/api/customers/1");
        var missing = await Client.GetAsync("/api/customers/1");

        // Assert
        AnswerOf(created).Should().Be((HttpStatusCode.Created, JsonApi));
        ShouldBeDeclared("create_customers", created);
        ShouldBeDeclared("list_customers", listed);
        ShouldBeDeclared("update_customers", updated);
        ShouldBeDeclared("get_customers_relationship", linkage);
        ShouldBeDeclared("get_customers_related", related);
        ShouldBeDeclared("list_customers", badQuery);
        AnswerOf(deleted).Should().Be((HttpStatusCode.NoContent, (string?)null));
        ShouldBeDeclared("delete_customers", deleted);
        AnswerOf(missing).Should().Be((HttpStatusCode.NotFound, JsonApi));
        ShouldBeDeclared("get_customers", missing);
    }

    private static (HttpStatusCode Status, string? MediaType) AnswerOf(HttpResponseMessage response) =>
        (response.StatusCode, response.Content.Headers.ContentType?.MediaType);

    private void ShouldBeDeclared(string routeName, HttpResponseMessage response)
    {
        var declared = Endpoint(routeName).Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>()
            .Select(metadata => ((HttpStatusCode)metadata.StatusCode, metadata.ContentTypes.SingleOrDefault()));
        declared.Should().Contain(AnswerOf(response), "{0} declares what it answers", routeName);
    }

    private Endpoint Endpoint(string routeName) =>
        App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Single(endpoint => endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName == routeName);
}
