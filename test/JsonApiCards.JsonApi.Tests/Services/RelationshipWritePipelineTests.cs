using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Services;
using JsonApiCards.JsonApi.Tests.TestModel;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.JsonApi.Tests.Services;

/// <summary>Relationship writes run through the resource write pipeline: the definition's hooks, one transaction.</summary>
public sealed class RelationshipWritePipelineTests : IDisposable
{
    private readonly SqliteConnection _connection = LayerOverTestModel.OpenSeeded();
    private readonly ServiceProvider _services;
    private readonly RecordingCustomerDefinition _definition = new();

    public RelationshipWritePipelineTests()
    {
        var services = new ServiceCollection();
        services.AddLayerOverTestModel(options => options.UseSqlite(_connection));
        services.AddScoped<IResourceDefinition<Customer>>(_ => _definition);
        _services = services.BuildServiceProvider();
    }

    [Fact]
    public async Task Adding_to_a_relationship_calls_the_definition_with_the_relationship_assigned()
    {
        await ChangeAsync(service => service.AddToRelationshipAsync(1, Linkage("orders", 12), CancellationToken.None));

        _definition.Calls.Should().Equal("writing AddToRelationship [] [orders]", "succeeded AddToRelationship [] [orders]");
        (await CustomerIdsOfOrdersAsync()).Should().Equal((11L, 1L), (12L, 1L), (13L, 2L));
    }

    [Fact]
    public async Task Removing_from_and_setting_a_relationship_call_the_definition_with_their_operation()
    {
        await ChangeAsync(service => service.RemoveFromRelationshipAsync(2, Linkage("orders", 12), CancellationToken.None));
        await ChangeAsync(service => service.SetRelationshipAsync(3, Linkage("orders", 11, 13), CancellationToken.None));

        _definition.Calls.Should().Equal(
            "writing RemoveFromRelationship [] [orders]", "succeeded RemoveFromRelationship [] [orders]",
            "writing SetRelationship [] [orders]", "succeeded SetRelationship [] [orders]");
        (await CustomerIdsOfOrdersAsync()).Should().Equal((11L, 3L), (12L, (long?)null), (13L, 3L));
    }

    [Fact]
    public async Task A_definition_that_refuses_after_the_save_rolls_the_whole_change_back()
    {
        _definition.FailAfterSave = true;

        var change = () => ChangeAsync(service => service.SetRelationshipAsync(1, Linkage("orders", 12, 13), CancellationToken.None));

        await change.Should().ThrowAsync<JsonApiException>();
        (await CustomerIdsOfOrdersAsync()).Should().Equal((11L, 1L), (12L, 2L), (13L, 2L));
    }

    [Fact]
    public async Task A_refusal_pointing_at_resource_body_members_points_into_the_linkage_instead()
    {
        _definition.RefuseWriting =
        [
            Refusal("/data/relationships/orders"),
            Refusal("/data/relationships/wallet"),
            Refusal("/data/attributes/email"),
            Refusal("/data/0"),
            Refusal(null),
        ];

        var change = () => ChangeAsync(service => service.AddToRelationshipAsync(1, Linkage("orders", 12), CancellationToken.None));

        var refusal = await change.Should().ThrowAsync<JsonApiException>();
        refusal.Which.Errors.Select(error => error.Pointer).Should().Equal("/data", null, null, "/data/0", null);
        refusal.Which.Errors.Select(error => error.Code).Should().Equal(_definition.RefuseWriting.Select(error => error.Code));
    }

    private static ErrorObject Refusal(string? pointer) =>
        new(System.Net.HttpStatusCode.UnprocessableEntity, "REFUSED " + pointer, "Refused.") { Pointer = pointer };

    private async Task ChangeAsync(Func<JsonApiResourceService<Customer>, Task> change)
    {
        await using var scope = _services.CreateAsyncScope();
        await change(scope.ServiceProvider.GetRequiredService<JsonApiResourceService<Customer>>());
    }

    private async Task<List<(long Id, long? CustomerId)>> CustomerIdsOfOrdersAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        var orders = await scope.ServiceProvider.GetRequiredService<TestDbContext>().Orders.OrderBy(order => order.Id).Select(order => new { order.Id, order.CustomerId }).ToListAsync();
        return orders.Select(order => (order.Id, order.CustomerId)).ToList();
    }

    private RelationshipRequest Linkage(string relationship, params long[] ids) =>
        new(_services.GetRequiredService<ResourceGraph>().GetResourceType<Customer>().FindRelationship(relationship)!, ids, "/data");

    public void Dispose()
    {
        _services.Dispose();
        _connection.Dispose();
    }

    private sealed class RecordingCustomerDefinition : JsonApiResourceDefinition<Customer>
    {
        public List<string> Calls { get; } = [];

        public bool FailAfterSave { get; set; }

        public IReadOnlyList<ErrorObject> RefuseWriting { get; set; } = [];

        public override Task OnWritingAsync(Customer resource, WriteContext context, CancellationToken cancellationToken)
        {
            Calls.Add("writing " + Describe(context));
            return RefuseWriting.Count > 0 ? throw new JsonApiException(RefuseWriting) : Task.CompletedTask;
        }

        public override Task OnWriteSucceededAsync(Customer resource, WriteContext context, CancellationToken cancellationToken)
        {
            Calls.Add("succeeded " + Describe(context));
            return FailAfterSave
                ? throw new JsonApiException(new ErrorObject(System.Net.HttpStatusCode.UnprocessableEntity, "REFUSED", "Refused."))
                : Task.CompletedTask;
        }

        private static string Describe(WriteContext context) =>
            $"{context.Operation} [{string.Join(',', context.AssignedAttributes)}] [{string.Join(',', context.AssignedRelationships)}]";
    }
}
