using System.Net;
using System.Net.Http.Headers;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.Security;
using JsonApiCards.Api.Tests.Support;
using static JsonApiCards.Api.Tests.ConditionalRequests.ConditionalRequestHttp;

namespace JsonApiCards.Api.Tests.ConditionalRequests;

/// <summary>
/// A PATCH or DELETE of a resource or of a relationship with If-Match goes through only while the resource still has
/// the version the ETag names (strong comparison; <c>*</c> is any existing resource); otherwise it is a 412 and saves nothing.
/// </summary>
public sealed class IfMatchTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_patch_with_the_current_etag_goes_through_and_answers_the_new_one()
    {
        string customer = await Client.CreateCustomerAsync();
        string entityTag = await Client.GetEntityTagAsync($"/api/customers/{customer}");

        var response = await Client.PatchIfMatchAsync($"/api/customers/{customer}", entityTag, RenameCustomer(customer, "R-1"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        EntityTagOf(response).Should().NotBe(entityTag).And.Be(await Client.GetEntityTagAsync($"/api/customers/{customer}"));
    }

    [Fact]
    public async Task The_etag_of_any_get_of_the_resource_is_current_whatever_its_query_string()
    {
        string customer = await Client.CreateCustomerAsync();
        string entityTag = await Client.GetEntityTagAsync($"/api/customers/{customer}?fields[customers]=email");

        var response = await Client.PatchIfMatchAsync($"/api/customers/{customer}", entityTag, RenameCustomer(customer, "R-1"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_patch_with_a_stale_etag_is_412_and_changes_nothing()
    {
        string customer = await Client.CreateCustomerAsync();
        string stale = await Client.GetEntityTagAsync($"/api/customers/{customer}");
        await Client.PatchDocumentAsync($"/api/customers/{customer}", RenameCustomer(customer, "R-1"));

        var response = await Client.PatchIfMatchAsync($"/api/customers/{customer}", stale, RenameCustomer(customer, "R-2"));

        response.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        var error = await ErrorDocument.SingleAsync(response);
        error.Should().Be(new ErrorDocument.ErrorItem("412", "PRECONDITION_FAILED", "The resource has changed.",
            "The resource changed after the ETag in 'If-Match' was given; nothing was saved. Read it again (its ETag too) and send the change with the new ETag.", null, null, "If-Match"));
        (await Client.GetStringAsync($"/api/customers/{customer}")).Should().Contain("\"reference\":\"R-1\"");
    }

    [Theory]
    [InlineData("W/{0}")]
    [InlineData("\"not-one-of-ours\"")]
    public async Task A_weak_or_foreign_tag_never_matches(string ifMatch)
    {
        string customer = await Client.CreateCustomerAsync();
        string entityTag = await Client.GetEntityTagAsync($"/api/customers/{customer}");

        var response = await Client.PatchIfMatchAsync($"/api/customers/{customer}", string.Format(System.Globalization.CultureInfo.InvariantCulture, ifMatch, entityTag), RenameCustomer(customer, "R-1"));

        response.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task A_list_holding_the_current_etag_and_a_star_match()
    {
        string customer = await Client.CreateCustomerAsync();
        string entityTag = await Client.GetEntityTagAsync($"/api/customers/{customer}");

        var inList = await Client.PatchIfMatchAsync($"/api/customers/{customer}", $"\"1-0000000000000000\", {entityTag}", RenameCustomer(customer, "R-1"));
        var star = await Client.PatchIfMatchAsync($"/api/customers/{customer}", "*", RenameCustomer(customer, "R-2"));
        var starOnMissing = await Client.PatchIfMatchAsync("/api/customers/999", "*", RenameCustomer("999", "R-3"));

        inList.StatusCode.Should().Be(HttpStatusCode.OK);
        star.StatusCode.Should().Be(HttpStatusCode.OK);
        starOnMissing.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_delete_with_a_stale_etag_is_412_and_the_resource_stays_while_the_current_one_deletes_it()
    {
        string customer = await Client.CreateCustomerAsync();
        string stale = await Client.GetEntityTagAsync($"/api/customers/{customer}");
        await Client.PatchDocumentAsync($"/api/customers/{customer}", RenameCustomer(customer, "R-1"));
        string current = await Client.GetEntityTagAsync($"/api/customers/{customer}");

        var refused = await Client.SendAsync(HttpMethod.Delete, $"/api/customers/{customer}", "If-Match", stale);
        var stays = await Client.GetAsync($"/api/customers/{customer}");
        var deleted = await Client.SendAsync(HttpMethod.Delete, $"/api/customers/{customer}", "If-Match", current);

        refused.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        stays.StatusCode.Should().Be(HttpStatusCode.OK);
        deleted.StatusCode.Should().Be(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task A_relationship_change_with_a_stale_etag_of_its_owner_is_412_for_patch_post_and_delete()
    {
        string customer = await Client.CreateCustomerAsync();
        string order = await Client.CreateOrderAsync(customer);
        string other = await Client.CreateOrderAsync();
        string staleOrder = await Client.GetEntityTagAsync($"/api/orders/{order}");
        string staleCustomer = await Client.GetEntityTagAsync($"/api/customers/{customer}");
        await Client.PatchOrderAsync(order, """{"reference":"R-1"}""");
        await Client.PatchDocumentAsync($"/api/customers/{customer}", RenameCustomer(customer, "R-1"));
        string members = $$"""{"data":[{"type":"orders","id":"{{other}}"}]}""";

        var patch = await Client.SendAsync(HttpMethod.Patch, $"/api/orders/{order}/relationships/customer", "If-Match", staleOrder, """{"data":null}""");
        var post = await Client.SendAsync(HttpMethod.Post, $"/api/customers/{customer}/relationships/orders", "If-Match", staleCustomer, members);
        var delete = await Client.SendAsync(HttpMethod.Delete, $"/api/customers/{customer}/relationships/orders", "If-Match", staleCustomer, members);

        new[] { patch.StatusCode, post.StatusCode, delete.StatusCode }.Should().AllBeEquivalentTo(HttpStatusCode.PreconditionFailed);
        (await Client.GetStringAsync($"/api/orders/{order}/relationships/customer")).Should().Contain($"\"id\":\"{customer}\"");
    }

    [Fact]
    public async Task A_relationship_change_with_the_current_etag_goes_through_and_makes_that_etag_stale()
    {
        string customer = await Client.CreateCustomerAsync();
        string order = await Client.CreateOrderAsync();
        string current = await Client.GetEntityTagAsync($"/api/customers/{customer}");
        string members = $$"""{"data":[{"type":"orders","id":"{{order}}"}]}""";

        var added = await Client.SendAsync(HttpMethod.Post, $"/api/customers/{customer}/relationships/orders", "If-Match", current, members);
        var again = await Client.SendAsync(HttpMethod.Delete, $"/api/customers/{customer}/relationships/orders", "If-Match", current, members);

        added.StatusCode.Should().Be(HttpStatusCode.NoContent);
        again.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
    }

    [Theory]
    [InlineData("not-quoted")]
    [InlineData("\"unterminated")]
    public async Task A_malformed_if_match_is_a_400_naming_the_header(string ifMatch)
    {
        string customer = await Client.CreateCustomerAsync();

        var response = await Client.PatchIfMatchAsync($"/api/customers/{customer}", ifMatch, RenameCustomer(customer, "R-1"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ErrorDocument.SingleAsync(response)).Should().Be(new ErrorDocument.ErrorItem("400", "INVALID_PRECONDITION_HEADER", "A precondition header is malformed.",
            "Send 'If-Match' as '*' or a comma-separated list of quoted entity tags, such as the ETag a GET answered with.", null, null, "If-Match"));
    }

    [Fact]
    public async Task If_match_on_another_customers_resource_is_a_404_for_a_customer_token_not_a_412()
    {
        var (clientId, secret) = await App.CreateApiClientAsync(CardsMode.Test, "shop");
        string ann = await Client.CreateCustomerAsync("ann@example.com");
        string bob = await Client.CreateCustomerAsync("bob@example.com");
        (await Client.PatchDocumentAsync($"/api/customers/{ann}", $$$$"""{"data":{"type":"customers","id":"{{{{ann}}}}","attributes":{"password":"correct horse battery"}}}""")).StatusCode.Should().Be(HttpStatusCode.OK);
        string bobsTag = await Client.GetEntityTagAsync($"/api/customers/{bob}");
        using HttpClient annClient = await CustomerClientAsync(clientId, secret, "ann@example.com", "correct horse battery");

        var withBobsTag = await annClient.PatchIfMatchAsync($"/api/customers/{bob}", bobsTag, RenameCustomer(bob, "R-1"));
        var withStaleTag = await annClient.PatchIfMatchAsync($"/api/customers/{bob}", "\"0-0000000000000000\"", RenameCustomer(bob, "R-1"));

        withBobsTag.StatusCode.Should().Be(HttpStatusCode.NotFound);
        withStaleTag.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private async Task<HttpClient> CustomerClientAsync(string clientId, string secret, string email, string password)
    {
        using HttpClient anonymous = App.CreateAnonymousJsonApiClient();
        var response = await anonymous.PostFormAsync("/oauth/token", ("grant_type", "password"), ("username", email), ("password", password), ("client_id", clientId), ("client_secret", secret));
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        HttpClient client = App.CreateAnonymousJsonApiClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await response.ReadJsonAsync()).GetProperty("access_token").GetString());
        return client;
    }
}
