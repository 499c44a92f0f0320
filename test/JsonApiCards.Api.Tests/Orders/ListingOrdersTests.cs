using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.Orders;

public sealed class ListingOrdersTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Fact]
    public async Task Orders_without_a_sort_come_newest_first_on_the_list_and_through_a_customer()
    {
        // Arrange: three orders of one customer, an hour apart; the second one created last.
        string customer = await Client.CreateCustomerAsync("ann@example.com");
        string first = await Client.CreateOrderAsync(customer);
        App.Clock.Advance(TimeSpan.FromHours(2));
        string second = await Client.CreateOrderAsync(customer);
        App.Clock.Advance(TimeSpan.FromHours(-1));
        string third = await Client.CreateOrderAsync(customer);

        // Act
        var listed = await Client.GetIdsAsync("/api/orders");
        var related = await Client.GetIdsAsync($"/api/customers/{customer}/orders");

        // Assert
        listed.Should().Equal(second, third, first);
        related.Should().Equal(second, third, first);
    }

    [Fact]
    public async Task A_sort_in_the_request_replaces_the_newest_first_order()
    {
        // Arrange
        string first = await Client.CreateOrderAsync();
        App.Clock.Advance(TimeSpan.FromHours(1));
        string second = await Client.CreateOrderAsync();

        // Act
        var byCreation = await Client.GetIdsAsync("/api/orders?sort=created_at");

        // Assert
        byCreation.Should().Equal(first, second);
    }
}
