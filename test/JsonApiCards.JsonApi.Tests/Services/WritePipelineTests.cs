using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Services;
using JsonApiCards.JsonApi.Tests.TestModel;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.JsonApi.Tests.Services;

/// <summary>
/// Relationship writes run through the resource write pipeline: the definition's hooks, one transaction. The members a
/// to-many change moves (orders, whose foreign key points at their customer) are judged and told by their own definition.
/// A delete asks the definition first, with the resource as stored.
/// </summary>
public sealed class WritePipelineTests : IDisposable
{
    private readonly SqliteConnection _connection = LayerOverTestModel.OpenSeeded();
    private readonly ServiceProvider _services;
    private readonly RecordingCustomerDefinition _definition = new();
    private readonly RecordingOrderDefinition _orders = new();

    public WritePipelineTests()
    {
        var services = new ServiceCollection();
        services.AddLayerOverTestModel(options => options.UseSqlite(_connection));
        services.AddScoped<IResourceDefinition<Customer>>(_ => _definition);
        services.AddScoped<IResourceDefinition<Order>>(_ => _orders);
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

    [Fact]
    public async Task A_refusal_whose_every_error_points_at_the_relationship_written_points_at_the_linkage()
    {
        _definition.RefuseWriting = [Refusal("/data/relationships/orders")];

        var change = () => ChangeAsync(service => service.SetRelationshipAsync(1, Linkage("orders", 12), CancellationToken.None));

        (await change.Should().ThrowAsync<JsonApiException>()).Which.Errors.Select(error => error.Pointer).Should().Equal("/data");
    }

    [Fact]
    public async Task The_service_itself_refuses_a_change_the_relationship_does_not_accept_and_writes_nothing()
    {
        var change = () => ChangeAsync(service => service.RemoveFromRelationshipAsync(1, Linkage("audit_events"), CancellationToken.None));

        (await change.Should().ThrowAsync<JsonApiException>()).Which.Errors.Select(error => error.Code).Should().Equal("RELATIONSHIP_CHANGE_FORBIDDEN");
        _definition.Calls.Should().BeEmpty();
    }

    [Fact]
    public async Task Members_that_join_or_leave_are_judged_by_their_own_definition_with_their_new_owner_and_told_after_the_save()
    {
        // Bob has orders 12 and 13: 12 stays, 13 leaves, 11 joins (from Alice).
        await ChangeAsync(service => service.SetRelationshipAsync(2, Linkage("orders", 12, 11), CancellationToken.None));

        _orders.Calls.Should().Equal(
            "writing order 13 of none SetRelationship [customer]", "writing order 11 of 2 SetRelationship [customer]",
            "succeeded order 13 of none SetRelationship [customer]", "succeeded order 11 of 2 SetRelationship [customer]");
        (await CustomerIdsOfOrdersAsync()).Should().Equal((11L, 2L), (12L, 2L), (13L, (long?)null));
    }

    [Fact]
    public async Task Members_added_or_removed_are_judged_as_a_change_of_their_own_to_one_and_those_already_there_or_not_there_are_not()
    {
        await ChangeAsync(service => service.AddToRelationshipAsync(2, Linkage("orders", 12, 11), CancellationToken.None));
        await ChangeAsync(service => service.RemoveFromRelationshipAsync(3, Linkage("orders", 13), CancellationToken.None));
        await ChangeAsync(service => service.RemoveFromRelationshipAsync(2, Linkage("orders", 13), CancellationToken.None));

        _orders.Calls.Should().Equal(
            "writing order 11 of 2 SetRelationship [customer]", "succeeded order 11 of 2 SetRelationship [customer]",
            "writing order 13 of none SetRelationship [customer]", "succeeded order 13 of none SetRelationship [customer]");
        (await CustomerIdsOfOrdersAsync()).Should().Equal((11L, 2L), (12L, 2L), (13L, (long?)null));
    }

    [Fact]
    public async Task A_refusal_of_moved_members_points_at_each_in_the_linkage_and_nothing_is_written()
    {
        _orders.Refuse = true;

        var change = () => ChangeAsync(service => service.SetRelationshipAsync(3, Linkage("orders", 11, 12), CancellationToken.None));

        var refusal = await change.Should().ThrowAsync<JsonApiException>();
        refusal.Which.Errors.Select(error => (error.Code, error.Pointer)).Should().Equal(("REFUSED ORDER 11", "/data/0"), ("REFUSED ORDER 12", "/data/1"));
        (await CustomerIdsOfOrdersAsync()).Should().Equal((11L, 1L), (12L, 2L), (13L, 2L));
    }

    [Fact]
    public async Task A_delete_the_definition_allows_is_checked_with_the_resource_then_done()
    {
        await ChangeAsync(service => service.DeleteAsync(3, CancellationToken.None));

        _definition.Calls.Should().Equal("deleting Carol");
        (await CustomerIdsAsync()).Should().Equal(1L, 2L);
    }

    [Fact]
    public async Task A_delete_the_definition_refuses_is_its_error_and_deletes_nothing()
    {
        _definition.RefuseDeleting = true;

        var delete = () => ChangeAsync(service => service.DeleteAsync(3, CancellationToken.None));

        (await delete.Should().ThrowAsync<JsonApiException>()).Which.Errors.Select(error => error.Code).Should().Equal("IN_USE");
        (await CustomerIdsAsync()).Should().Equal(1L, 2L, 3L);
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

    private async Task<List<long>> CustomerIdsAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TestDbContext>().Customers.OrderBy(customer => customer.Id).Select(customer => customer.Id).ToListAsync();
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

        public bool RefuseDeleting { get; set; }

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

        public override Task OnDeletingAsync(Customer resource, CancellationToken cancellationToken)
        {
            Calls.Add("deleting " + resource.FirstName);
            return RefuseDeleting
                ? throw new JsonApiException(new ErrorObject(System.Net.HttpStatusCode.Conflict, "IN_USE", "The customer is in use."))
                : Task.CompletedTask;
        }

        private static string Describe(WriteContext context) =>
            $"{context.Operation} [{string.Join(',', context.AssignedAttributes)}] [{string.Join(',', context.AssignedRelationships)}]";
    }

    /// <summary>Records what the orders' definition is told, with the order's customer as the definition sees it.</summary>
    private sealed class RecordingOrderDefinition : JsonApiResourceDefinition<Order>
    {
        public List<string> Calls { get; } = [];

        public bool Refuse { get; set; }

        public override Task OnWritingAsync(Order resource, WriteContext context, CancellationToken cancellationToken)
        {
            Calls.Add("writing " + Describe(resource, context));
            return Refuse
                ? throw new JsonApiException(new ErrorObject(System.Net.HttpStatusCode.UnprocessableEntity, $"REFUSED ORDER {resource.Id}", "Refused.") { Pointer = "/data/relationships/customer" })
                : Task.CompletedTask;
        }

        public override Task OnWriteSucceededAsync(Order resource, WriteContext context, CancellationToken cancellationToken)
        {
            Calls.Add("succeeded " + Describe(resource, context));
            return Task.CompletedTask;
        }

        private static string Describe(Order order, WriteContext context) =>
            $"order {order.Id} of {order.CustomerId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"} {context.Operation} [{string.Join(',', context.AssignedRelationships)}]";
    }
}
