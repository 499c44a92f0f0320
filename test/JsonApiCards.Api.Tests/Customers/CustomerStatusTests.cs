using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.Customers;

/// <summary>The status follows the customer's placed (or approved) orders: none → prospect, one → acquired, more → repeat.</summary>
public sealed class CustomerStatusTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Fact]
    public async Task The_status_follows_the_placed_orders_as_they_are_placed_approved_and_cancelled()
    {
        string customer = await Client.CreateCustomerAsync();
        string first = await ReadyOrderAsync(customer);
        string second = await ReadyOrderAsync(customer);
        await Client.CreateOrderAsync(customer);
        (await StatusAsync(customer)).Should().Be("prospect", "draft orders do not count");

        await Client.PlaceOrderAsync(first);
        (await StatusAsync(customer)).Should().Be("acquired");

        await Client.PlaceOrderAsync(second);
        (await StatusAsync(customer)).Should().Be("repeat");

        await Client.ChangeOrderStatusAsync(second, "approved");
        (await StatusAsync(customer)).Should().Be("repeat", "approved orders were placed");

        await Client.ChangeOrderStatusAsync(first, "cancelled");
        (await StatusAsync(customer)).Should().Be("acquired", "cancelled orders do not count");
    }

    [Fact]
    public async Task Setting_the_customer_of_an_order_while_placing_it_counts_it_for_that_customer()
    {
        string customer = await Client.CreateCustomerAsync();
        string order = await Client.CreateOrderAsync();
        await Client.CreateCardAsync(order);

        var response = await Client.PatchOrderAsync(order, """{ "status": "placed" }""", ShopRequests.ToOne("customer", "customers", customer));

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await StatusAsync(customer)).Should().Be("acquired");
    }

    [Fact]
    public async Task Two_orders_placed_at_the_same_time_both_count()
    {
        for (int round = 0; round < 5; round++)
        {
            string customer = await Client.CreateCustomerAsync($"round{round}@example.com");
            string first = await ReadyOrderAsync(customer);
            string second = await ReadyOrderAsync(customer);
            var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

            async Task<HttpResponseMessage> PlaceAfterReleaseAsync(string order)
            {
                await release.Task;
                return await Client.PatchOrderAsync(order, """{ "status": "placed" }""");
            }

            Task<HttpResponseMessage>[] placings = [PlaceAfterReleaseAsync(first), PlaceAfterReleaseAsync(second)];
            release.SetResult();
            HttpResponseMessage[] responses = await Task.WhenAll(placings);

            responses.Select(response => response.StatusCode).Should().AllBeEquivalentTo(System.Net.HttpStatusCode.OK, $"round {round}");
            (await StatusAsync(customer)).Should().Be("repeat", $"round {round}: each placing counts the other once it has committed");
        }
    }

    private async Task<string> ReadyOrderAsync(string customer)
    {
        string order = await Client.CreateOrderAsync(customer);
        await Client.CreateCardAsync(order);
        return order;
    }

    private Task<string?> StatusAsync(string customer) => Client.AttributeAsync($"/api/customers/{customer}", "status");
}
