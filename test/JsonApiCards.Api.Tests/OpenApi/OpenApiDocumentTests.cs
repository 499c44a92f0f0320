using System.Text.RegularExpressions;
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
public sealed partial class OpenApiDocumentTests(JsonApiCardsApplication app) : IClassFixture<JsonApiCardsApplication>
{
    private static readonly string[] PlatformProbes = ["/health/live", "/health/ready"];

    [Fact]
    public async Task Every_route_the_service_maps_is_an_operation_with_every_status_it_declares()
    {
        OpenApiDocument document = await CommittedOpenApiDocument.GenerateAsync(app.Services);
        ResourceGraph graph = app.Services.GetRequiredService<ResourceGraph>();
        // The document and /docs are middleware, not routes: every route there is, an adapter's added later too, must be described.
        RouteEndpoint[] routes = [.. app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()];

        routes.Select(route => route.RoutePattern.RawText).Should().Contain(["/csrf_token/", "/b/pbl/v2/card/"]);
        document.Paths.Keys.Should().NotContain(PlatformProbes, "the health probes are for the platform that runs the service, not for integrators");
        foreach (RouteEndpoint route in routes.Where(route => !PlatformProbes.Contains(route.RoutePattern.RawText)))
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
    public async Task The_akinon_routes_keep_their_paths_and_need_the_session_and_the_csrf_pair_where_django_does()
    {
        OpenApiDocument document = await CommittedOpenApiDocument.GenerateAsync(app.Services);

        document.Paths.Keys.Should().Contain(["/csrf_token/", "/users/login/", "/users/logout/", "/users/saved-cards/", "/users/saved-cards/{id}/", "/users/stored-cards/", "/users/stored-cards/{cardIdentifier}/"]);
        document.Components.SecuritySchemes["akinon_session"].Should().BeEquivalentTo(new { Type = OpenApiSecuritySchemeType.ApiKey, In = OpenApiSecurityApiKeyLocation.Cookie, Name = "osessionid" });
        document.Components.SecuritySchemes["akinon_csrf_header"].Should().BeEquivalentTo(new { Type = OpenApiSecuritySchemeType.ApiKey, In = OpenApiSecurityApiKeyLocation.Header, Name = "x-csrftoken" });
        document.Paths["/csrf_token/"]["get"].Security.Should().ContainSingle().Which.Should().BeEmpty("anyone may ask for a CSRF token");
        document.Paths["/users/login/"]["post"].Responses["200"].Headers.Keys.Should().Equal("Set-Cookie");
        document.Paths["/users/login/"]["post"].Security.Should().ContainSingle().Which.Keys.Should().BeEquivalentTo("akinon_csrf_cookie", "akinon_csrf_header");
        document.Paths["/users/saved-cards/"]["get"].Security.Should().ContainSingle().Which.Keys.Should().Equal("akinon_session");
        document.Paths["/users/saved-cards/{id}/"]["patch"].Security.Should().ContainSingle().Which.Keys.Should().BeEquivalentTo("akinon_session", "akinon_csrf_cookie", "akinon_csrf_header");

        OpenApiOperation list = document.Paths["/users/saved-cards/"]["get"];
        list.OperationId.Should().Be("listAkinonSavedCards");
        list.Tags.Should().Equal("akinon");
        list.Responses.Keys.Should().Equal("200", "401", "403", "404", "429");
        JsonSchema page = list.Responses["200"].Content["application/json"].Schema.ActualSchema;
        page.Properties.Keys.Should().Equal("count", "next", "previous", "results");
        page.Properties["results"].Item!.ActualSchema.Should().BeSameAs(document.Definitions["AkinonSavedCard"]);
        list.Responses["404"].Content["application/json"].Schema.ActualSchema.Should().BeSameAs(document.Definitions["DrfDetailError"]);
        document.Paths["/users/saved-cards/{id}/"]["delete"].Responses.Keys.Should().Contain("204");
        document.Paths["/users/stored-cards/{cardIdentifier}/"]["delete"].Responses["400"].Content["application/json"].Schema.ActualSchema
            .Properties["non_field_errors"].Type.Should().Be(JsonObjectType.String, "the stored-cards delete writes that one as a string, not a list");
    }

    [Fact]
    public async Task The_ottu_routes_keep_their_paths_and_need_an_api_key_in_the_authorization_header()
    {
        OpenApiDocument document = await CommittedOpenApiDocument.GenerateAsync(app.Services);

        document.Components.SecuritySchemes["ottu_api_key"].Should().BeEquivalentTo(new { Type = OpenApiSecuritySchemeType.ApiKey, In = OpenApiSecurityApiKeyLocation.Header, Name = "Authorization" });
        OpenApiOperation list = document.Paths["/b/pbl/v2/card/"]["post"];
        OpenApiOperation delete = document.Paths["/b/pbl/v2/card/{token}/"]["delete"];
        list.OperationId.Should().Be("listOttuCards");
        delete.OperationId.Should().Be("deleteOttuCard");
        foreach (OpenApiOperation operation in new[] { list, delete })
        {
            operation.Tags.Should().Equal("ottu");
            operation.Security.Should().ContainSingle().Which.Keys.Should().Equal("ottu_api_key");
            operation.Responses["401"].Content["application/json"].Schema.ActualSchema.Should().BeSameAs(document.Definitions["DrfDetailError"]);
            operation.Responses["429"].Content.Keys.Should().Equal("application/vnd.api+json");
        }

        list.RequestBody.Content.Keys.Should().Equal("application/json", "application/x-www-form-urlencoded", "multipart/form-data");
        list.RequestBody.Content["application/json"].Schema.ActualSchema.RequiredProperties.Should().Equal("type", "customer_id");
        list.Responses["200"].Content["application/json"].Schema.Item!.ActualSchema.Should().BeSameAs(document.Definitions["OttuCard"]);
        delete.Parameters.Select(parameter => (parameter.Name, parameter.Kind, parameter.IsRequired)).Should().Equal(
            ("token", OpenApiParameterKind.Path, true), ("customer_id", OpenApiParameterKind.Query, true), ("type", OpenApiParameterKind.Query, true));
        delete.Responses.Keys.Should().Equal("204", "400", "401", "403", "404", "429");
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

        // [Attr(RequiredOnCreate = true)]: the declaration the card definition's name check reads too; the vault's card validator
        // refuses a card without number, month or year whatever the resource.
        document.Definitions["CreditCardCreateAttributes"].RequiredProperties.Should().BeEquivalentTo("first_name", "last_name", "month", "year", "number");
        document.Definitions["CreditCardUpdateAttributes"].RequiredProperties.Should().BeEmpty();
        document.Definitions["CreditCardCreateData"].RequiredProperties.Should().Equal("type", "attributes");
        document.Definitions["CustomerCreateAttributes"].RequiredProperties.Should().Equal("email");
        document.Definitions["OrderCreateAttributes"].RequiredProperties.Should().Equal("currency_code");
        document.Definitions["CustomerPaymentSourceCreateData"].RequiredProperties.Should().Equal("type");
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
        parameters["filter"].Description.Should().Contain("e.g. `filter=equals(card_type,'visa')`");
        parameters["filter[q]"].Description.Should().Contain("e.g. `filter[q][card_type_eq]=visa`");
        parameters.Values.Where(parameter => parameter.Name != "filter[q]").Should().AllSatisfy(parameter => parameter.Example.Should().BeNull("Swagger UI's Try it out would send an example as a value"));
        parameters["filter[q]"].Example.Should().BeEquivalentTo(new Dictionary<string, string>(), "an empty example keeps Swagger UI from making conditions up");
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
        if (pattern.Split('/')[1] is not "api" and not "oauth")
        {
            // The adapters' paths are as written, trailing slash and all, without the routes' constraints.
            return [RouteConstraint().Replace(route.RoutePattern.RawText!, "")];
        }

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

    [GeneratedRegex(@":[^}]+(?=\})")]
    private static partial Regex RouteConstraint();
}
