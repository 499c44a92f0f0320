using System.Net;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.Adapters.Ottu;

/// <summary>
/// <c>DELETE /b/pbl/v2/card/{token}/?customer_id=..&amp;type=..</c>: removes the customer's wallet entry through the same
/// resource service as <c>DELETE /api/customer_payment_sources/{id}</c>, so the change shows under <c>/api</c> at once.
/// </summary>
public sealed class OttuCardDeleteTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Fact]
    public async Task The_sdk_example_deletes_the_card_and_json_api_no_longer_has_it()
    {
        // Arrange
        string customerId = await Client.CreateCustomerWithReferenceAsync("test-customer-id", "ann@example.com");
        var (entryId, token) = await Client.SaveCardAsync(customerId);
        using HttpClient ottu = App.CreateOttuClient(await App.CreateApiKeyAsync(CardsMode.Test));

        // Act: the request of Ottu's SDK test
        using HttpResponseMessage response = await ottu.DeleteCardAsync(token, "customer_id=test-customer-id&type=sandbox");

        // Assert
        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await response.Content.ReadAsStringAsync()).Should().BeEmpty();
        (await Client.GetAsync($"/api/customer_payment_sources/{entryId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await (await ottu.PostCardsJsonAsync("""{ "type": "sandbox", "customer_id": "test-customer-id" }""")).ReadCardsAsync()).GetArrayLength().Should().Be(0);
        (await ottu.DeleteCardAsync(token, "customer_id=test-customer-id&type=sandbox")).StatusCode.Should().Be(HttpStatusCode.NotFound, "it is gone");
    }

    [Fact]
    public async Task An_unknown_token_and_another_customers_card_are_404_and_nothing_is_deleted()
    {
        // Arrange
        string owner = await Client.CreateCustomerWithReferenceAsync("owner", "owner@example.com");
        await Client.CreateCustomerWithReferenceAsync("someone-else", "else@example.com");
        var (entryId, token) = await Client.SaveCardAsync(owner);
        using HttpClient ottu = App.CreateOttuClient(await App.CreateApiKeyAsync(CardsMode.Test));

        // Act
        using HttpResponseMessage unknown = await ottu.DeleteCardAsync("no-such-token", "customer_id=owner&type=sandbox");
        using HttpResponseMessage notTheirs = await ottu.DeleteCardAsync(token, "customer_id=someone-else&type=sandbox");

        // Assert
        await unknown.ShouldBeOttuErrorAsync(HttpStatusCode.NotFound, """{"detail":"Not found."}""");
        await notTheirs.ShouldBeOttuErrorAsync(HttpStatusCode.NotFound, """{"detail":"Not found."}""");
        await Snapshot.MatchAsync(notTheirs, new Dictionary<string, string> { [token] = $"<customer payment source {entryId} payment_source_token>" });
        (await Client.GetAsync($"/api/customer_payment_sources/{entryId}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_card_of_the_other_mode_is_403_by_type_and_404_by_key()
    {
        // Arrange: a live card, a test key
        using HttpClient live = App.CreateJsonApiClient(CardsMode.Live);
        string customerId = await live.CreateCustomerWithReferenceAsync("owner", "owner@example.com");
        var (entryId, token) = await live.SaveCardAsync(customerId);
        using HttpClient ottu = App.CreateOttuClient(await App.CreateApiKeyAsync(CardsMode.Test));

        // Act
        using HttpResponseMessage asProduction = await ottu.DeleteCardAsync(token, "customer_id=owner&type=production");
        using HttpResponseMessage asSandbox = await ottu.DeleteCardAsync(token, "customer_id=owner&type=sandbox");

        // Assert
        asProduction.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        await asSandbox.ShouldBeOttuErrorAsync(HttpStatusCode.NotFound, """{"detail":"Not found."}""");
        (await live.GetAsync($"/api/customer_payment_sources/{entryId}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("type=sandbox", """{"customer_id":["This field is required."]}""")]
    [InlineData("customer_id=owner", """{"type":["This field is required."]}""")]
    [InlineData("customer_id=owner&type=live", """{"type":["\"live\" is not a valid choice."]}""")]
    public async Task A_delete_without_customer_id_or_type_is_400(string query, string expected)
    {
        using HttpClient ottu = App.CreateOttuClient(await App.CreateApiKeyAsync(CardsMode.Test));

        using HttpResponseMessage response = await ottu.DeleteCardAsync("any-token", query);

        await response.ShouldBeOttuErrorAsync(HttpStatusCode.BadRequest, expected);
    }
}
