using System.Net;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.PaymentSources;

/// <summary>
/// A wallet entry's <c>gateway_code</c> (Ottu's <c>pg_code</c>, <c>credit-card</c> unless named), <c>is_preferred</c> and
/// <c>agreement_ids</c>: written through JSON:API, checked by the wallet's definition.
/// </summary>
public sealed class GatewayAndAgreementsTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_blank_gateway_code_is_the_default_and_the_attributes_are_read_back()
    {
        string customerId = await Client.CreateCustomerAsync();
        string cardId = await Client.CreateCardAsync();

        var response = await Client.PostDocumentAsync("/api/customer_payment_sources",
            ShopRequests.SaveToWallet(customerId, cardId, """{ "gateway_code": "  ", "is_preferred": true, "agreement_ids": ["ag-1", "ag-2"] }"""));

        string body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.Created, body);
        body.Should().Contain("\"gateway_code\":\"credit-card\",\"is_preferred\":true,\"agreement_ids\":[\"ag-1\",\"ag-2\"]");
    }

    [Theory]
    [InlineData("""{ "agreement_ids": ["ag-1", "ag-1"] }""", "/data/attributes/agreement_ids")]
    [InlineData("""{ "agreement_ids": [" "] }""", "/data/attributes/agreement_ids")]
    [InlineData("""{ "agreement_ids": "ag-1" }""", "/data/attributes/agreement_ids")]
    [InlineData("""{ "agreement_ids": [1] }""", "/data/attributes/agreement_ids")]
    [InlineData("""{ "gateway_code": "GATEWAY-CODE-LONGER-THAN-SIXTY-FOUR-CHARACTERS-XXXXXXXXXXXXXXXXXXXXXXX" }""", "/data/attributes/gateway_code")]
    public async Task Invalid_gateway_codes_and_agreements_are_refused_on_their_attribute(string attributes, string pointer)
    {
        string customerId = await Client.CreateCustomerAsync();
        string cardId = await Client.CreateCardAsync();

        var response = await Client.PostDocumentAsync("/api/customer_payment_sources", ShopRequests.SaveToWallet(customerId, cardId, attributes));

        string body = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).Should().BeOneOf([400, 422], body);
        body.Should().Contain($"\"pointer\":\"{pointer}\"");
        (await Client.GetIdsAsync("/api/customer_payment_sources")).Should().BeEmpty();
    }
}
