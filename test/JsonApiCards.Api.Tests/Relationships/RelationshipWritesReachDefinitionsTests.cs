using System.Linq.Expressions;
using System.Net;
using JsonApiCards.Api.Customers;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Orders;
using JsonApiCards.Api.Tests.Support;
using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Errors;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using static JsonApiCards.Api.Tests.Relationships.RelationshipResponses;

namespace JsonApiCards.Api.Tests.Relationships;

/// <summary>
/// Relationship endpoints write through the resource definition's hooks, as resource PATCH and POST do; an order that
/// joins or leaves a customer's <c>orders</c> has its own <c>customer</c> set, and its definition is told so (one that
/// stays, like order 2 here, is not).
/// </summary>
public sealed class RelationshipWritesReachDefinitionsTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    private readonly RecordingDefinition<Order> _orders = new();
    private readonly RecordingDefinition<Customer> _customers = new();

    [Fact]
    public async Task Each_relationship_write_tells_the_definition_its_operation_and_relationship()
    {
        await RelationshipScenario.SeedAsync(App);
        using var recording = CreateRecordingFactory();
        using var client = CreateJsonApiClient(recording);

        await (await client.PatchDocumentAsync("/api/orders/1/relationships/customer", ToOne("customers", 2))).ShouldBeNoContentAsync();
        await (await client.PostDocumentAsync("/api/customers/1/relationships/orders", ToMany("orders", 2, 4))).ShouldBeNoContentAsync();
        await (await client.SendDocumentAsync(HttpMethod.Delete, "/api/customers/1/relationships/orders", ToMany("orders", 4))).ShouldBeNoContentAsync();
        var update = await client.PatchDocumentAsync("/api/orders/2", """{"data":{"type":"orders","id":"2","attributes":{"reference":"R"},"relationships":{"payment_source":{"data":null}}}}""");

        update.StatusCode.Should().Be(HttpStatusCode.OK);
        _orders.Calls.Should().Equal(
            "writing 1 SetRelationship [] [customer]", "succeeded 1 SetRelationship [] [customer]",
            "writing 4 SetRelationship [] [customer]", "succeeded 4 SetRelationship [] [customer]",
            "writing 4 SetRelationship [] [customer]", "succeeded 4 SetRelationship [] [customer]",
            "writing 2 Update [reference] [payment_source]", "succeeded 2 Update [reference] [payment_source]");
        _customers.Calls.Should().Equal(
            "writing 1 AddToRelationship [] [orders]", "succeeded 1 AddToRelationship [] [orders]",
            "writing 1 RemoveFromRelationship [] [orders]", "succeeded 1 RemoveFromRelationship [] [orders]");
    }

    [Fact]
    public async Task A_definition_that_refuses_after_saving_leaves_the_relationship_as_it_was()
    {
        await RelationshipScenario.SeedAsync(App);
        _customers.RefuseAfterSave = true;
        using var recording = CreateRecordingFactory();
        using var client = CreateJsonApiClient(recording);

        var response = await client.PatchDocumentAsync("/api/customers/1/relationships/orders", ToMany("orders", 3, 4));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await ErrorDocument.SingleAsync(response)).Code.Should().Be("REFUSED_BY_TEST");
        (await Client.GetLinkageAsync("/api/customers/1/relationships/orders")).ShouldBeLinkage(DataOf(ToMany("orders", 1, 2)));
        (await Client.GetLinkageAsync("/api/customers/2/relationships/orders")).ShouldBeLinkage(DataOf(ToMany("orders", 3)));
    }

    /// <summary>The same service over the same database, with the recording definitions in place of the real ones.</summary>
    private WebApplicationFactory<Program> CreateRecordingFactory() =>
        App.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddScoped<IResourceDefinition<Order>>(_ => _orders);
            services.AddScoped<IResourceDefinition<Customer>>(_ => _customers);
        }));

    private HttpClient CreateJsonApiClient(WebApplicationFactory<Program> factory)
    {
        var client = factory.CreateDocumentCheckedClient();
        client.DefaultRequestHeaders.Authorization = App.AuthorizationFor(CardsMode.Test);
        client.DefaultRequestHeaders.Accept.ParseAdd(JsonApiHttp.MediaType);
        return client;
    }

    private sealed class RecordingDefinition<TResource> : JsonApiResourceDefinition<TResource>
        where TResource : CardsResource
    {
        private static readonly Expression<Func<TResource, bool>> TestMode = resource => resource.Mode == CardsMode.Test;

        public List<string> Calls { get; } = [];

        public override Expression<Func<TResource, bool>>? ScopeFilter => TestMode;

        public bool RefuseAfterSave { get; set; }

        public override Task OnWritingAsync(TResource resource, WriteContext context, CancellationToken cancellationToken)
        {
            Calls.Add($"writing {Describe(resource, context)}");
            return Task.CompletedTask;
        }

        public override Task OnWriteSucceededAsync(TResource resource, WriteContext context, CancellationToken cancellationToken)
        {
            Calls.Add($"succeeded {Describe(resource, context)}");
            return RefuseAfterSave
                ? throw new JsonApiException(new ErrorObject(HttpStatusCode.UnprocessableEntity, "REFUSED_BY_TEST", "Refused by the test definition."))
                : Task.CompletedTask;
        }

        private static string Describe(TResource resource, WriteContext context) =>
            $"{resource.Id} {context.Operation} [{string.Join(',', context.AssignedAttributes)}] [{string.Join(',', context.AssignedRelationships)}]";
    }
}
