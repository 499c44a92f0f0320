using System.Net;
using JsonApiCards.Api.Tests.Support;
using static JsonApiCards.Api.Tests.ConditionalRequests.ConditionalRequestHttp;

namespace JsonApiCards.Api.Tests.ConditionalRequests;

/// <summary>
/// Every single-resource document carries a strong ETag made from the resource's version and what shapes the document;
/// collections carry a weak one. Both stay while nothing changes and change with any write that changes the document.
/// </summary>
public sealed class EntityTagTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_resource_has_a_strong_etag_that_stays_until_a_write_changes_it()
    {
        string customer = await Client.CreateCustomerAsync();

        string first = await Client.GetEntityTagAsync($"/api/customers/{customer}");
        string again = await Client.GetEntityTagAsync($"/api/customers/{customer}");
        var patched = await Client.PatchDocumentAsync($"/api/customers/{customer}", RenameCustomer(customer, "R-1"));
        string afterPatch = await Client.GetEntityTagAsync($"/api/customers/{customer}");

        Parse(first).IsWeak.Should().BeFalse();
        again.Should().Be(first);
        patched.StatusCode.Should().Be(HttpStatusCode.OK);
        EntityTagOf(patched).Should().NotBe(first).And.Be(afterPatch);
    }

    [Fact]
    public async Task A_create_answers_the_etag_a_get_of_the_new_resource_gives()
    {
        var created = await Client.PostCustomerAsync("ann@example.com");

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        EntityTagOf(created).Should().Be(await Client.GetEntityTagAsync("/api/customers/1"));
    }

    [Fact]
    public async Task The_etag_differs_with_the_fields_and_includes_asked_for()
    {
        string customer = await Client.CreateCustomerAsync();
        await Client.CreateOrderAsync(customer);

        string[] tags =
        [
            await Client.GetEntityTagAsync($"/api/customers/{customer}"),
            await Client.GetEntityTagAsync($"/api/customers/{customer}?fields[customers]=email"),
            await Client.GetEntityTagAsync($"/api/customers/{customer}?include=orders"),
            await Client.GetEntityTagAsync($"/api/customers/{customer}?include=orders&fields[orders]=number"),
        ];

        tags.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task A_change_of_an_included_resource_changes_the_etag_of_the_document_that_includes_it_only()
    {
        string customer = await Client.CreateCustomerAsync();
        string order = await Client.CreateOrderAsync(customer);
        string withOrders = await Client.GetEntityTagAsync($"/api/customers/{customer}?include=orders");
        string alone = await Client.GetEntityTagAsync($"/api/customers/{customer}");

        (await Client.PatchOrderAsync(order, """{"reference":"R-9"}""")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await Client.GetEntityTagAsync($"/api/customers/{customer}?include=orders")).Should().NotBe(withOrders);
        (await Client.GetEntityTagAsync($"/api/customers/{customer}")).Should().Be(alone);
    }

    [Fact]
    public async Task A_collection_has_a_weak_etag_that_changes_when_a_member_is_added_or_changed()
    {
        string customer = await Client.CreateCustomerAsync();
        string first = await Client.GetEntityTagAsync("/api/customers");
        string again = await Client.GetEntityTagAsync("/api/customers");

        await Client.CreateCustomerAsync("bob@example.com");
        string afterCreate = await Client.GetEntityTagAsync("/api/customers");
        await Client.PatchDocumentAsync($"/api/customers/{customer}", RenameCustomer(customer, "R-2"));
        string afterPatch = await Client.GetEntityTagAsync("/api/customers");

        Parse(first).IsWeak.Should().BeTrue();
        again.Should().Be(first);
        new[] { first, afterCreate, afterPatch }.Should().OnlyHaveUniqueItems();
        (await Client.GetEntityTagAsync("/api/customers?page[size]=1")).Should().NotBe(afterPatch);
    }

    [Fact]
    public async Task A_related_to_one_is_strong_and_a_related_to_many_weak()
    {
        string customer = await Client.CreateCustomerAsync();
        string order = await Client.CreateOrderAsync(customer);

        string toOne = await Client.GetEntityTagAsync($"/api/orders/{order}/customer");
        string toMany = await Client.GetEntityTagAsync($"/api/customers/{customer}/orders");

        Parse(toOne).IsWeak.Should().BeFalse();
        Parse(toMany).IsWeak.Should().BeTrue();
    }

    [Fact]
    public async Task A_relationship_change_changes_the_owners_etag_also_when_only_the_members_rows_change()
    {
        string customer = await Client.CreateCustomerAsync();
        string order = await Client.CreateOrderAsync();
        string before = await Client.GetEntityTagAsync($"/api/customers/{customer}");

        var added = await Client.PostDocumentAsync($"/api/customers/{customer}/relationships/orders", $$"""{"data":[{"type":"orders","id":"{{order}}"}]}""");

        added.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await Client.GetEntityTagAsync($"/api/customers/{customer}")).Should().NotBe(before);
    }
}
