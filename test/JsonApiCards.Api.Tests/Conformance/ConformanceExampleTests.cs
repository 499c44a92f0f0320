using System.Net;
using System.Text.Json;
using JsonApiCards.Api.Tests.CreditCards;
using JsonApiCards.Api.Tests.Operations;
using JsonApiCards.Api.Tests.Security;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.Conformance;

/// <summary>The requirements of the conformance map no other test proved on its own.</summary>
public sealed class ConformanceExampleTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Fact]
    public async Task Members_the_specification_does_not_define_are_ignored_in_request_documents()
    {
        var created = await Client.PostDocumentAsync("/api/customers",
            """{"data":{"type":"customers","attributes":{"email":"ann@example.com"},"colour":"blue"},"version":2}""");
        await App.SeedAsync(CardsSeed.Order("O-1", "draft"));
        var linked = await Client.PatchDocumentAsync("/api/orders/1/relationships/customer",
            """{"data":{"type":"customers","id":"1","colour":"blue"},"version":2}""");

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        (await created.ReadJsonAsync()).GetProperty("data").GetProperty("attributes").GetProperty("email").GetString().Should().Be("ann@example.com");
        linked.IsSuccessStatusCode.Should().BeTrue();
        (await Client.GetIdsAsync("/api/customers/1/orders")).Should().Equal("1");
    }

    [Fact]
    public async Task At_members_are_ignored_wherever_they_appear_even_among_attributes_and_relationships()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/customers")
        {
            Content = JsonApiHttp.Document("""
                {"@context":"https://example.com","data":{"@id":"x","type":"customers",
                 "attributes":{"email":"ann@example.com","@note":"not an attribute"},
                 "relationships":{"@links":{"data":null}}}}
                """),
        };
        request.Options.Set(RequestBodyValidation.BeyondTheDocument, "the document declares the attributes a client sends; @-members are extras every processor ignores");

        var created = await Client.SendAsync(request);

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        JsonElement attributes = (await created.ReadJsonAsync()).GetProperty("data").GetProperty("attributes");
        attributes.GetProperty("email").GetString().Should().Be("ann@example.com");
        attributes.TryGetProperty("@note", out _).Should().BeFalse();
    }

    [Fact]
    public async Task An_atomic_request_ignores_members_it_does_not_define_and_at_members()
    {
        var response = await Client.PostOperationsAsync("""
            {"atomic:operations":[
              {"op":"add","@note":"x","colour":"blue","data":{"type":"customers","lid":"c","colour":"blue","attributes":{"email":"ann@example.com","@note":"x"}}},
              {"op":"add","data":{"type":"orders","attributes":{"currency_code":"EUR","total_amount_cents":100},"relationships":{"customer":{"data":{"type":"customers","lid":"c","colour":"blue"}},"@other":{"data":{"type":"customers","lid":"nowhere"}}}}}
             ],"version":2}
            """);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Client.GetIdsAsync("/api/customers/1/orders")).Should().Equal("1");
    }

    [Fact]
    public async Task An_unknown_attribute_or_relationship_name_is_still_refused_as_a_field_the_type_lacks()
    {
        var attribute = await Client.PostDocumentAsync("/api/customers", """{"data":{"type":"customers","attributes":{"email":"ann@example.com","colour":"blue"}}}""");
        var relationship = await Client.PostDocumentAsync("/api/customers", """{"data":{"type":"customers","attributes":{"email":"ann@example.com"},"relationships":{"friends":{"data":[]}}}}""");

        attribute.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await ErrorDocument.SingleAsync(attribute)).Pointer.Should().Be("/data/attributes/colour");
        relationship.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await ErrorDocument.SingleAsync(relationship)).Pointer.Should().Be("/data/relationships/friends");
    }

    [Fact]
    public async Task An_error_document_has_errors_and_neither_data_nor_included()
    {
        var response = await Client.GetAsync("/api/credit_cards/404?include=order");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        document.RootElement.ValueKind.Should().Be(JsonValueKind.Object);
        document.RootElement.GetProperty("errors").ValueKind.Should().Be(JsonValueKind.Array);
        document.RootElement.TryGetProperty("data", out _).Should().BeFalse();
        document.RootElement.TryGetProperty("included", out _).Should().BeFalse();
    }

    [Fact]
    public async Task The_self_link_of_a_resource_fetches_that_resource()
    {
        await App.SeedAsync([.. CardsSeed.Cards(2)]);
        using var listed = JsonDocument.Parse(await Client.GetStringAsync("/api/credit_cards"));
        string self = listed.RootElement.GetProperty("data")[1].GetProperty("links").GetProperty("self").GetString()!;

        using var fetched = JsonDocument.Parse(await Client.GetStringAsync(self));

        fetched.RootElement.GetProperty("data").GetProperty("id").GetString().Should().Be("2");
        fetched.RootElement.GetProperty("data").GetProperty("type").GetString().Should().Be("credit_cards");
    }

    [Fact]
    public async Task The_self_link_of_a_created_resource_is_its_location()
    {
        var response = await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create());

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        document.RootElement.GetProperty("data").GetProperty("links").GetProperty("self").GetString()
            .Should().Be(response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task An_include_of_an_empty_relationship_still_has_an_included_member()
    {
        await App.SeedAsync([.. CardsSeed.Cards(1)]);

        using var document = JsonDocument.Parse(await Client.GetStringAsync("/api/credit_cards/1?include=order"));

        document.RootElement.GetProperty("data").GetProperty("relationships").GetProperty("order").GetProperty("data").ValueKind.Should().Be(JsonValueKind.Null);
        document.RootElement.GetProperty("included").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Without_include_no_resource_is_included()
    {
        await App.SeedAsync(CardsSeed.Order("O-1", "draft"));
        var cards = CardsSeed.Cards(1);
        cards[0].OrderId = 1;
        await App.SeedAsync([.. cards]);

        using var document = JsonDocument.Parse(await Client.GetStringAsync("/api/credit_cards/1"));

        document.RootElement.TryGetProperty("included", out _).Should().BeFalse();
    }

    [Fact]
    public async Task A_create_with_a_client_generated_id_is_a_403_and_creates_nothing()
    {
        var response = await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create().Replace("\"type\": \"credit_cards\",", "\"type\": \"credit_cards\", \"id\": \"77\",", StringComparison.Ordinal));

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await ErrorDocument.SingleAsync(response)).Pointer.Should().Be("/data/id");
        (await Client.GetIdsAsync("/api/credit_cards")).Should().BeEmpty();
    }

    [Fact]
    public async Task A_create_of_a_type_the_collection_does_not_hold_is_a_409()
    {
        var response = await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create().Replace("\"type\": \"credit_cards\"", "\"type\": \"customers\"", StringComparison.Ordinal));

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await ErrorDocument.SingleAsync(response)).Pointer.Should().Be("/data/type");
        (await Client.GetIdsAsync("/api/credit_cards")).Should().BeEmpty();
    }
}
