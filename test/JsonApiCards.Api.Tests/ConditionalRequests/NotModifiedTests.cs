using System.Net;
using JsonApiCards.Api.Tests.Support;
using static JsonApiCards.Api.Tests.ConditionalRequests.ConditionalRequestHttp;

namespace JsonApiCards.Api.Tests.ConditionalRequests;

/// <summary>A GET or HEAD whose If-None-Match names the current ETag (weakly compared, in a list, or <c>*</c>) is a 304 with the ETag and no body.</summary>
public sealed class NotModifiedTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Theory]
    [InlineData("{0}")]
    [InlineData("W/{0}")]
    [InlineData("\"other\", {0}")]
    [InlineData("*")]
    public async Task A_get_naming_the_current_etag_is_304_with_the_etag_and_no_body(string ifNoneMatch)
    {
        string customer = await Client.CreateCustomerAsync();
        string entityTag = await Client.GetEntityTagAsync($"/api/customers/{customer}");

        var response = await Client.GetIfNoneMatchAsync($"/api/customers/{customer}", string.Format(System.Globalization.CultureInfo.InvariantCulture, ifNoneMatch, entityTag));

        response.StatusCode.Should().Be(HttpStatusCode.NotModified);
        EntityTagOf(response).Should().Be(entityTag);
        (await response.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task A_head_naming_the_current_etag_is_304()
    {
        string customer = await Client.CreateCustomerAsync();
        string entityTag = await Client.GetEntityTagAsync($"/api/customers/{customer}");

        var response = await Client.SendAsync(HttpMethod.Head, $"/api/customers/{customer}", "If-None-Match", entityTag);

        response.StatusCode.Should().Be(HttpStatusCode.NotModified);
        EntityTagOf(response).Should().Be(entityTag);
    }

    [Fact]
    public async Task A_collection_naming_its_weak_etag_is_304_until_a_member_changes()
    {
        string customer = await Client.CreateCustomerAsync();
        string entityTag = await Client.GetEntityTagAsync("/api/customers");

        var unchanged = await Client.GetIfNoneMatchAsync("/api/customers", entityTag);
        await Client.PatchDocumentAsync($"/api/customers/{customer}", RenameCustomer(customer, "R-1"));
        var changed = await Client.GetIfNoneMatchAsync("/api/customers", entityTag);

        unchanged.StatusCode.Should().Be(HttpStatusCode.NotModified);
        changed.StatusCode.Should().Be(HttpStatusCode.OK);
        EntityTagOf(changed).Should().NotBe(entityTag);
    }

    [Fact]
    public async Task A_stale_etag_gets_the_document()
    {
        string customer = await Client.CreateCustomerAsync();
        string entityTag = await Client.GetEntityTagAsync($"/api/customers/{customer}");
        await Client.PatchDocumentAsync($"/api/customers/{customer}", RenameCustomer(customer, "R-1"));

        var response = await Client.GetIfNoneMatchAsync($"/api/customers/{customer}", entityTag);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("\"reference\":\"R-1\"");
    }

    [Fact]
    public async Task A_malformed_if_none_match_is_a_400_naming_the_header()
    {
        string customer = await Client.CreateCustomerAsync();

        var response = await Client.GetIfNoneMatchAsync($"/api/customers/{customer}", "not-quoted");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var error = await ErrorDocument.SingleAsync(response);
        (error.Code, error.Header).Should().Be(("INVALID_PRECONDITION_HEADER", "If-None-Match"));
    }
}
