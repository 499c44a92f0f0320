using System.Net;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.JsonApi;

/// <summary>An id names a resource only in the form the server writes it, so one resource never has two URLs.</summary>
public sealed class ResourceIdSpellingTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_zero_padded_id_in_the_url_is_a_404_although_the_resource_exists()
    {
        string customer = await Client.CreateCustomerAsync("ann@example.com");

        var response = await Client.GetAsync($"/api/customers/0{customer}");

        (await ErrorDocument.SingleAsync(response)).Should().Be(new ErrorDocument.ErrorItem(
            "404", "RESOURCE_NOT_FOUND", "The requested resource does not exist.", $"There is no customers with id '0{customer}'.", null, null, null));
        (await Client.GetAsync($"/api/customers/{customer}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_zero_padded_id_in_a_patch_body_does_not_match_the_url()
    {
        string customer = await Client.CreateCustomerAsync("ann@example.com");

        var response = await Client.PatchDocumentAsync($"/api/customers/{customer}", $$"""
            { "data": { "type": "customers", "id": "0{{customer}}", "attributes": { "reference": "R" } } }
            """);

        (await ErrorDocument.SingleAsync(response)).Should().Be(new ErrorDocument.ErrorItem(
            "409", "ID_MISMATCH", "Resource id mismatch.", $"The id in the body ('0{customer}') differs from the id in the URL ('{customer}').", "/data/id", null, null));
    }

    [Fact]
    public async Task A_zero_padded_id_in_linkage_names_no_resource()
    {
        string customer = await Client.CreateCustomerAsync("ann@example.com");

        var response = await Client.PostDocumentAsync("/api/orders", $$"""
            {
              "data": {
                "type": "orders",
                "attributes": { "currency_code": "EUR" },
                "relationships": { "customer": { "data": { "type": "customers", "id": "0{{customer}}" } } }
              }
            }
            """);

        (await ErrorDocument.SingleAsync(response)).Should().Be(new ErrorDocument.ErrorItem(
            "404", "RELATED_RESOURCE_NOT_FOUND", "A related resource does not exist.", $"There is no customers with id '0{customer}'.", "/data/relationships/customer/data", null, null));
    }
}
