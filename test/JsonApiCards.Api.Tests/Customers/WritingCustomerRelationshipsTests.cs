using System.Net;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.Customers;

/// <summary>A customer's to-many relationships cannot be used to move placed orders or wallet entries past their own rules.</summary>
public sealed class WritingCustomerRelationshipsTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_draft_order_can_be_moved_to_a_new_customer()
    {
        await Client.CreateCustomerAsync("ann@example.com");
        string order = await Client.CreateOrderAsync("1");

        var response = await Client.PostDocumentAsync("/api/customers", $$"""
            {
              "data": {
                "type": "customers",
                "attributes": { "email": "bob@example.com" },
                "relationships": { "orders": { "data": [ { "type": "orders", "id": "{{order}}" } ] } }
              }
            }
            """);

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        (await Client.LinkedIdAsync($"/api/orders/{order}/relationships/customer")).Should().Be("2");
    }

    [Fact]
    public async Task A_placed_order_cannot_be_moved_to_another_customer()
    {
        string ann = await Client.CreateCustomerAsync("ann@example.com");
        string order = await Client.CreateOrderAsync(ann);
        await Client.CreateCardAsync(order);
        await Client.PlaceOrderAsync(order);

        var response = await Client.PostDocumentAsync("/api/customers", $$"""
            {
              "data": {
                "type": "customers",
                "attributes": { "email": "bob@example.com" },
                "relationships": { "orders": { "data": [ { "type": "orders", "id": "{{order}}" } ] } }
              }
            }
            """);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        await Snapshot.MatchAsync(response, App.Placeholders());
        (await Client.LinkedIdAsync($"/api/orders/{order}/relationships/customer")).Should().Be(ann);
        (await Client.AttributeAsync($"/api/customers/{ann}", "status")).Should().Be("acquired");
    }

    [Fact]
    public async Task A_wallet_entry_cannot_be_moved_to_a_new_customer()
    {
        string ann = await Client.CreateCustomerAsync("ann@example.com");
        string card = await Client.CreateCardAsync();
        string saved = await Client.SaveToWalletAsync(ann, card);

        var response = await Client.PostDocumentAsync("/api/customers", $$"""
            {
              "data": {
                "type": "customers",
                "attributes": { "email": "bob@example.com" },
                "relationships": { "customer_payment_sources": { "data": [ { "type": "customer_payment_sources", "id": "{{saved}}" } ] } }
              }
            }
            """);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        await Snapshot.MatchAsync(response);
        (await Client.GetIdsAsync("/api/customers")).Should().Equal(ann);
        (await Client.GetIdsAsync($"/api/customers/{ann}/customer_payment_sources")).Should().Equal(saved);
    }
}
