using System.Net;
using JsonApiCards.Api.Customers;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using static JsonApiCards.Api.Tests.ConditionalRequests.ConditionalRequestHttp;

namespace JsonApiCards.Api.Tests.ConditionalRequests;

/// <summary>
/// The version check of a conditional write is the database's: every change is an <c>UPDATE ... WHERE version = @read</c>
/// (or <c>DELETE</c>), so of two writes with the same If-Match exactly one wins, also when the other read the row before
/// the winner saved it (as a second instance would).
/// </summary>
public sealed class ConcurrentWriteTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Fact]
    public async Task Of_two_concurrent_patches_with_the_same_etag_exactly_one_goes_through_and_the_other_is_412()
    {
        for (int round = 0; round < 5; round++)
        {
            string customer = await Client.CreateCustomerAsync($"round{round}@example.com");
            string entityTag = await Client.GetEntityTagAsync($"/api/customers/{customer}");
            var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

            async Task<HttpResponseMessage> PatchAfterReleaseAsync(string reference)
            {
                await release.Task;
                return await Client.PatchIfMatchAsync($"/api/customers/{customer}", entityTag, RenameCustomer(customer, reference));
            }

            Task<HttpResponseMessage>[] patches = [PatchAfterReleaseAsync("first"), PatchAfterReleaseAsync("second")];
            release.SetResult();
            HttpResponseMessage[] responses = await Task.WhenAll(patches);

            responses.Select(response => response.StatusCode).Should().BeEquivalentTo([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], $"round {round}");
            string winner = responses[0].StatusCode == HttpStatusCode.OK ? "first" : "second";
            (await Client.GetStringAsync($"/api/customers/{customer}")).Should().Contain($"\"reference\":\"{winner}\"");
        }
    }

    [Fact]
    public async Task A_conditional_patch_overtaken_between_its_read_and_its_update_is_412_by_the_databases_check()
    {
        string customer = await Client.CreateCustomerAsync();
        string entityTag = await Client.GetEntityTagAsync($"/api/customers/{customer}");
        using HttpClient client = App.CreateJsonApiClientOf(App.WithWebHostBuilder(builder => builder.ConfigureTestServices(
            services => services.AddSingleton<IInterceptor, AnotherWriteWinsFirst>())));

        var response = await client.PatchIfMatchAsync($"/api/customers/{customer}", entityTag, RenameCustomer(customer, "R-1"));

        response.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        (await ErrorDocument.SingleAsync(response)).Code.Should().Be("PRECONDITION_FAILED");
        (await App.CreateDbContext().Customers.SingleAsync()).Reference.Should().BeNull("the refused write saved nothing");
    }

    [Fact]
    public async Task A_conditional_delete_overtaken_between_its_read_and_its_delete_is_412_by_the_databases_check()
    {
        string customer = await Client.CreateCustomerAsync();
        string entityTag = await Client.GetEntityTagAsync($"/api/customers/{customer}");
        using HttpClient client = App.CreateJsonApiClientOf(App.WithWebHostBuilder(builder => builder.ConfigureTestServices(
            services => services.AddSingleton<IInterceptor, AnotherWriteWinsFirst>())));

        var response = await client.SendAsync(HttpMethod.Delete, $"/api/customers/{customer}", "If-Match", entityTag);

        response.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        (await App.CreateDbContext().Customers.CountAsync()).Should().Be(1);
    }

    [Fact]
    public async Task Sixteen_concurrent_unconditional_patches_of_one_resource_all_go_through_one_after_another()
    {
        string customer = await Client.CreateCustomerAsync();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        async Task<HttpResponseMessage> PatchAfterReleaseAsync(int writer)
        {
            await release.Task;
            return await Client.PatchDocumentAsync($"/api/customers/{customer}", RenameCustomer(customer, $"writer-{writer}"));
        }

        Task<HttpResponseMessage>[] patches = [.. Enumerable.Range(0, 16).Select(PatchAfterReleaseAsync)];
        release.SetResult();
        HttpResponseMessage[] responses = await Task.WhenAll(patches);

        responses.Select(response => response.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.OK, "a write without If-Match waits for the one before it instead of failing");
        responses.Select(EntityTagOf).Should().OnlyHaveUniqueItems("each write made a version of its own");
        (await App.CreateDbContext().Customers.SingleAsync()).Version.Should().Be(16);
    }

    [Fact]
    public async Task An_unconditional_patch_overtaken_by_a_writer_the_service_cannot_queue_is_a_409_to_send_again_and_saves_nothing()
    {
        string customer = await Client.CreateCustomerAsync();
        using HttpClient client = App.CreateJsonApiClientOf(App.WithWebHostBuilder(builder => builder.ConfigureTestServices(
            services => services.AddSingleton<IInterceptor, AnotherWriteWinsFirst>())));

        var response = await client.PatchDocumentAsync($"/api/customers/{customer}", RenameCustomer(customer, "R-1"));

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await ErrorDocument.SingleAsync(response)).Should().Be(new ErrorDocument.ErrorItem("409", "CONFLICT", "The change conflicts with existing data.",
            "Another request changed the resource while this one was being saved; nothing was saved. Send the request again.", null, null, null));
        (await App.CreateDbContext().Customers.SingleAsync()).Reference.Should().BeNull();
    }

    [Fact]
    public async Task Every_write_counts_up_the_version_column_and_a_save_with_a_stale_version_changes_no_row()
    {
        string customer = await Client.CreateCustomerAsync();
        await Client.PatchDocumentAsync($"/api/customers/{customer}", RenameCustomer(customer, "R-1"));
        await using CardsDbContext dbContext = App.CreateDbContext();
        Customer tracked = await dbContext.Customers.SingleAsync();
        uint read = tracked.Version;

        await dbContext.Database.ExecuteSqlAsync($"UPDATE customers SET version = version + 1 WHERE id = {tracked.Id}");
        tracked.Reference = "R-2";
        Func<Task> save = () => dbContext.SaveChangesAsync();

        read.Should().Be(1, "created at 0, changed once");
        await save.Should().ThrowAsync<DbUpdateConcurrencyException>();
    }


    /// <summary>Another instance's write to the customer commits after this write read it and before this write's statement runs.</summary>
    private sealed class AnotherWriteWinsFirst : SaveChangesInterceptor
    {
        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (eventData.Context?.ChangeTracker.Entries<Customer>().FirstOrDefault(entry => entry.State is EntityState.Modified or EntityState.Deleted)?.Entity is { } customer)
            {
                await eventData.Context.Database.ExecuteSqlAsync($"UPDATE customers SET version = version + 1 WHERE id = {customer.Id}", cancellationToken);
            }

            return result;
        }
    }
}
