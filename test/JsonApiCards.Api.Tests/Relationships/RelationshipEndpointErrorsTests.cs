using System.Net;
using System.Net.Http.Headers;
using System.Text;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.Support;
using static JsonApiCards.Api.Tests.Relationships.RelationshipResponses;

namespace JsonApiCards.Api.Tests.Relationships;

/// <summary>What every relationship write endpoint refuses before or around the change itself.</summary>
public sealed class RelationshipEndpointErrorsTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    /// <summary>Every relationship, with a method it accepts and a body of the right shape.</summary>
    public static TheoryData<string, string, string, string> AcceptedChanges => new()
    {
        { "credit_cards", "order", "PATCH", ToOne("orders", 2) },
        { "orders", "customer", "PATCH", ToOne("customers", 2) },
        { "orders", "payment_source", "PATCH", ToOne("credit_cards", 3) },
        { "customers", "orders", "PATCH", ToMany("orders", 3) },
        { "customers", "orders", "POST", ToMany("orders", 3) },
        { "customers", "orders", "DELETE", ToMany("orders", 1) },
        { "customers", "customer_payment_sources", "POST", ToMany("customer_payment_sources", 3) },
        { "customer_payment_sources", "customer", "PATCH", ToOne("customers", 2) },
        { "customer_payment_sources", "payment_source", "PATCH", ToOne("credit_cards", 3) },
    };

    public static TheoryData<string, string> TypesAndMethods => new()
    {
        { "credit_cards", "PATCH" }, { "credit_cards", "POST" }, { "credit_cards", "DELETE" },
        { "orders", "PATCH" }, { "orders", "POST" }, { "orders", "DELETE" },
        { "customers", "PATCH" }, { "customers", "POST" }, { "customers", "DELETE" },
        { "customer_payment_sources", "PATCH" }, { "customer_payment_sources", "POST" }, { "customer_payment_sources", "DELETE" },
    };

    [Theory]
    [MemberData(nameof(AcceptedChanges))]
    public async Task A_resource_that_does_not_exist_is_a_404(string type, string relationship, string method, string body)
    {
        await RelationshipScenario.SeedAsync(App);

        var missing = await Client.SendDocumentAsync(new HttpMethod(method), $"/api/{type}/99/relationships/{relationship}", body);
        var notANumber = await Client.SendDocumentAsync(new HttpMethod(method), $"/api/{type}/x1/relationships/{relationship}", body);

        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
        await Snapshot.MatchAsync(missing, $"{type}.{relationship}.{method}.missing_resource");
        var error = await ErrorDocument.SingleAsync(notANumber);
        (notANumber.StatusCode, error.Code, error.Detail).Should().Be((HttpStatusCode.NotFound, "RESOURCE_NOT_FOUND", $"There is no {type} with id 'x1'."));
    }

    [Theory]
    [MemberData(nameof(TypesAndMethods))]
    public async Task A_relationship_the_type_does_not_have_is_a_404(string type, string method)
    {
        await RelationshipScenario.SeedAsync(App);

        var response = await Client.SendDocumentAsync(new HttpMethod(method), $"/api/{type}/1/relationships/wallet", ToMany("orders", 1));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        await Snapshot.MatchAsync(response, $"{type}.{method}.unknown_relationship");
    }

    [Fact]
    public async Task Linkage_to_a_card_of_another_mode_is_a_404_like_a_card_that_does_not_exist()
    {
        await RelationshipScenario.SeedAsync(App);
        var paymentSourceBefore = await Client.GetLinkageAsync("/api/orders/1/relationships/payment_source");

        var linkToLiveCard = await Client.PatchDocumentAsync("/api/orders/1/relationships/payment_source", ToOne("credit_cards", 4));
        var changeLiveCard = await Client.PatchDocumentAsync("/api/credit_cards/4/relationships/order", ToOne("orders", 1));

        linkToLiveCard.StatusCode.Should().Be(HttpStatusCode.NotFound);
        await Snapshot.MatchAsync(linkToLiveCard, "live_card_as_linkage");
        changeLiveCard.StatusCode.Should().Be(HttpStatusCode.NotFound);
        await Snapshot.MatchAsync(changeLiveCard, "live_card_as_resource");
        (await Client.GetLinkageAsync("/api/orders/1/relationships/payment_source")).ShouldBeLinkage(paymentSourceBefore);
        paymentSourceBefore.ShouldBeLinkage(DataOf(ToOne("credit_cards", 1)));
    }

    [Theory]
    [MemberData(nameof(AcceptedChanges))]
    public async Task A_body_in_another_media_type_is_a_415(string type, string relationship, string method, string body)
    {
        await RelationshipScenario.SeedAsync(App);
        using var request = new HttpRequestMessage(new HttpMethod(method), $"/api/{type}/1/relationships/{relationship}")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };

        var response = await Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await ErrorDocument.SingleAsync(response)).Header.Should().Be("Content-Type");
    }

    [Theory]
    [MemberData(nameof(AcceptedChanges))]
    public async Task An_accept_header_without_json_api_is_a_406(string type, string relationship, string method, string body)
    {
        await RelationshipScenario.SeedAsync(App);
        using var request = new HttpRequestMessage(new HttpMethod(method), $"/api/{type}/1/relationships/{relationship}") { Content = JsonApiHttp.Document(body) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = App.AuthorizationFor(CardsMode.Test);

        var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.NotAcceptable);
        (await ErrorDocument.SingleAsync(response)).Header.Should().Be("Accept");
    }

    [Theory]
    [InlineData("PATCH", "/api/orders/1/relationships/customer")]
    [InlineData("POST", "/api/customers/1/relationships/orders")]
    [InlineData("DELETE", "/api/customers/1/relationships/orders")]
    public async Task A_missing_or_oversized_body_is_refused(string method, string url)
    {
        await RelationshipScenario.SeedAsync(App);
        string oversized = $"{{\"data\":[],\"meta\":{{\"padding\":\"{new string('x', 300_000)}\"}}}}";

        var missing = await Client.SendDocumentAsync(new HttpMethod(method), url, "");
        var tooLarge = await Client.SendDocumentAsync(new HttpMethod(method), url, oversized);

        missing.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ErrorDocument.SingleAsync(missing)).Code.Should().Be("MISSING_REQUEST_BODY");
        tooLarge.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await ErrorDocument.SingleAsync(tooLarge)).Code.Should().Be("REQUEST_BODY_TOO_LARGE");
    }

    [Fact]
    public async Task A_query_parameter_is_a_400_naming_it()
    {
        await RelationshipScenario.SeedAsync(App);

        var response = await Client.PatchDocumentAsync("/api/orders/1/relationships/customer?include=orders", ToOne("customers", 2));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        await Snapshot.MatchAsync(response);
        (await Client.GetLinkageAsync("/api/orders/1/relationships/customer")).ShouldBeLinkage(DataOf(ToOne("customers", 1)));
    }

    [Theory]
    [InlineData("?")]
    [InlineData("?&")]
    public async Task An_empty_query_string_holds_no_query_parameter(string emptyQuery)
    {
        await RelationshipScenario.SeedAsync(App);
        string url = "/api/orders/3/relationships/customer";
        string withoutQuery = await Client.GetStringAsync(url);

        var read = await Client.GetAsync(url + emptyQuery);
        var change = await Client.PatchDocumentAsync(url + emptyQuery, ToOne("customers", 1));

        read.StatusCode.Should().Be(HttpStatusCode.OK);
        (await read.Content.ReadAsStringAsync()).Should().Be(withoutQuery);
        change.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await Client.GetLinkageAsync(url)).ShouldBeLinkage(DataOf(ToOne("customers", 1)));
    }

    [Fact]
    public async Task A_method_the_relationship_route_does_not_have_is_a_405_that_lists_the_allowed_ones()
    {
        var response = await Client.PutAsync("/api/customers/1/relationships/orders", JsonApiHttp.Document(ToMany("orders", 1)));

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        await Snapshot.MatchAsync(response);
    }
}
