using JsonApiCards.Api.Tests.Support;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Resources.Annotations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NJsonSchema;
using NSwag;

namespace JsonApiCards.Api.Tests.OpenApi;

/// <summary>
/// The generated document describes every route the service maps, with every status it declares, and the shapes of
/// the JSON:API documents as the resource graph has them.
/// </summary>
public sealed class OpenApiDocumentTests(JsonApiCardsApplication app) : IClassFixture<JsonApiCardsApplication>
{
    [Fact]
    public async Task Every_api_and_oauth_route_is_an_operation_with_every_status_it_declares()
    {
        OpenApiDocument document = await CommittedOpenApiDocument.GenerateAsync(app.Services);
        ResourceGraph graph = app.Services.GetRequiredService<ResourceGraph>();
        RouteEndpoint[] routes = [.. app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(route => route.RoutePattern.RawText!.TrimStart('/').Split('/')[0] is "api" or "oauth")];

        routes.Should().NotBeEmpty();
        foreach (RouteEndpoint route in routes)
        {
            int[] declared = [.. route.Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>().Select(produces => produces.StatusCode).Distinct()];
            foreach (string method in route.Metadata.GetRequiredMetadata<IHttpMethodMetadata>().HttpMethods.Where(method => !HttpMethods.IsHead(method)))
            {
                foreach (string path in PathsOf(route, method, graph))
                {
                    document.Paths.Should().ContainKey(path, $"{method} {route.RoutePattern.RawText} must be described");
                    document.Paths[path].Should().ContainKey(method.ToLowerInvariant(), $"{method} {path} must be described");
                    OpenApiOperation operation = document.Paths[path][method.ToLowerInvariant()];
                    operation.Responses.Keys.Should().Contain(declared.Select(status => status.ToString(System.Globalization.CultureInfo.InvariantCulture)), $"{method} {path} declares them");
                }
            }
        }
    }

    [Fact]
    public async Task Every_api_operation_speaks_json_api_and_needs_an_access_token()
    {
        OpenApiDocument document = await CommittedOpenApiDocument.GenerateAsync(app.Services);

        var operations = document.Paths.Where(path => path.Key.StartsWith("/api/", StringComparison.Ordinal)).SelectMany(path => path.Value.Values).ToList();
        operations.Should().HaveCountGreaterThan(30);
        foreach (OpenApiOperation operation in operations)
        {
            operation.Security.Should().ContainSingle().Which.Keys.Should().Equal("oauth2");
            operation.Responses.Keys.Should().Contain(["401", "429"]);
            operation.Responses.Values.Where(response => response.Content.Count > 0).SelectMany(response => response.Content.Keys).Should().OnlyContain(type => type == "application/vnd.api+json");
            operation.RequestBody?.Content.Keys.Should().Equal("application/vnd.api+json");
        }

        document.Paths["/oauth/token"]["post"].Security.Should().NotContain(requirement => requirement.ContainsKey("oauth2"));
        OpenApiSecurityScheme oauth2 = document.Components.SecuritySchemes["oauth2"];
        oauth2.Flows.ClientCredentials.TokenUrl.Should().Be("/oauth/token");
        oauth2.Flows.Password.TokenUrl.Should().Be("/oauth/token");
    }

    [Fact]
    public async Task Relationship_routes_are_one_path_per_relationship_with_operation_ids_that_read_as_methods()
    {
        OpenApiDocument document = await CommittedOpenApiDocument.GenerateAsync(app.Services);

        string[] operationIds = [.. document.Operations.Select(operation => operation.Operation.OperationId)];
        operationIds.Should().OnlyHaveUniqueItems().And.Contain(
        [
            "getCreditCardCollection", "getCreditCard", "postCreditCard", "patchCreditCard", "deleteCreditCard", "getCreditCardOrder",
            "getCreditCardOrderRelationship", "patchCreditCardOrderRelationship", "postCustomerOrdersRelationship", "deleteCustomerOrdersRelationship",
            "issueToken", "revokeToken",
        ]);
        document.Paths.Keys.Should().Contain(["/api/credit_cards", "/api/credit_cards/{id}/relationships/order", "/api/credit_cards/{id}/order", "/api/customers/{id}/relationships/orders"])
            .And.NotContain(path => path.Contains("{relationship}", StringComparison.Ordinal));

        // A to-one relationship is only replaced, and the wallet of a customer only added to: the others answer 403, so they are no methods.
        document.Paths["/api/credit_cards/{id}/relationships/order"].Keys.Should().BeEquivalentTo("get", "patch");
        document.Paths["/api/customers/{id}/relationships/customer_payment_sources"].Keys.Should().BeEquivalentTo("get", "post");
        document.Paths["/api/credit_cards"]["get"].Tags.Should().Equal("credit_cards");
    }

    [Fact]
    public async Task The_card_number_is_write_only_and_its_display_form_read_only()
    {
        OpenApiDocument document = await CommittedOpenApiDocument.GenerateAsync(app.Services);

        JsonSchema attributes = document.Definitions["CreditCardAttributes"];
        attributes.Properties["number"].IsWriteOnly.Should().BeTrue();
        attributes.Properties["verification_value"].IsWriteOnly.Should().BeTrue();
        attributes.Properties["display_number"].IsReadOnly.Should().BeTrue();
        attributes.Properties["first_name"].IsReadOnly.Should().BeFalse();
        attributes.Properties["reference"].IsNullableRaw.Should().BeTrue();
        attributes.Properties["created_at"].Format.Should().Be("date-time");
        attributes.Properties["card_type"].Enumeration.Should().Contain(["visa", "master"]);
        attributes.Properties["storage_state"].Enumeration.Should().Equal("cached", "retained", "redacted");
        document.Definitions["CustomerAttributes"].Properties["password"].IsWriteOnly.Should().BeTrue();

        document.Definitions["CreditCardCreateAttributes"].Properties.Keys.Should().Contain("number").And.NotContain(["display_number", "card_type"]);
        document.Definitions["CreditCardUpdateAttributes"].Properties.Keys.Should().NotContain("number");
    }

    [Fact]
    public async Task Query_parameters_are_typed_from_the_graph_and_the_options()
    {
        OpenApiDocument document = await CommittedOpenApiDocument.GenerateAsync(app.Services);

        var parameters = document.Paths["/api/credit_cards"]["get"].Parameters.ToDictionary(parameter => parameter.Name);
        parameters.Keys.Should().Contain(["include", "fields[credit_cards]", "fields[orders]", "sort", "page[number]", "page[size]", "filter", "filter[q]", "filter[card_type]"]);
        parameters["include"].Schema.Item!.Enumeration.Should().Contain(["order", "order.customer"]);
        parameters["fields[credit_cards]"].Schema.Item!.Enumeration.Should().Contain("display_number").And.NotContain("number");
        parameters["page[size]"].Schema.Maximum.Should().Be(25);
        parameters["page[size]"].Schema.Default.Should().Be(10);
        parameters["filter"].Example.Should().Be("equals(card_type,'visa')");
        parameters["filter[q]"].Style.Should().Be(OpenApiParameterStyle.DeepObject);
        document.Paths["/api/credit_cards/{id}/relationships/order"]["get"].Parameters.Should().ContainSingle().Which.Name.Should().Be("id");
    }

    /// <summary>
    /// The paths a route is described at: its own, or, for a route of every relationship, one per relationship that accepts
    /// the method (a to-one one is read and replaced; a to-many one changed only as its capabilities allow).
    /// </summary>
    private static IEnumerable<string> PathsOf(RouteEndpoint route, string method, ResourceGraph graph)
    {
        string pattern = "/" + route.RoutePattern.RawText!.Trim('/');
        if (!pattern.Contains("{relationship}", StringComparison.Ordinal))
        {
            return [pattern];
        }

        ResourceType type = graph.FindResourceType(pattern.Split('/')[2])!;
        HasManyCapabilities? change = method switch
        {
            "PATCH" => HasManyCapabilities.AllowSet,
            "POST" => HasManyCapabilities.AllowAdd,
            "DELETE" => HasManyCapabilities.AllowRemove,
            _ => null,
        };
        return type.Relationships
            .Where(relationship => change is not { } capability || (relationship.IsToMany ? relationship.Can(capability) : capability == HasManyCapabilities.AllowSet))
            .Select(relationship => pattern.Replace("{relationship}", relationship.PublicName, StringComparison.Ordinal));
    }
}
