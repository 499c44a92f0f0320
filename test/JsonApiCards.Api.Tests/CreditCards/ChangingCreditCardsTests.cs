using System.Net;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.CreditCards;

public sealed class ChangingCreditCardsTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Fact]
    public async Task Patching_the_first_name_changes_it_and_the_update_time()
    {
        await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create());
        App.Clock.Advance(TimeSpan.FromMinutes(5));

        var response = await Client.PatchDocumentAsync("/api/credit_cards/1", """{"data":{"type":"credit_cards","id":"1","attributes":{"first_name":"Jane"}}}""");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        await Snapshot.MatchAsync(response);
    }

    [Fact]
    public async Task The_seed_patch_with_a_numeric_id_and_empty_relationships_works()
    {
        await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create());

        using var request = new HttpRequestMessage(HttpMethod.Patch, "/api/credit_cards/1")
        {
            Content = JsonApiHttp.Document("""{"data":{"type":"credit_cards","id":1,"attributes":{"first_name":"John"},"relationships":{}}}"""),
        };
        request.Options.Set(RequestBodyValidation.BeyondTheDocument, "the seed's numeric id is taken as its string; the document declares the string JSON:API requires");

        var response = await Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Any_subset_of_the_changeable_attributes_can_be_patched()
    {
        await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create());

        var response = await Client.PatchDocumentAsync("/api/credit_cards/1", """
            {"data":{"type":"credit_cards","id":"1","attributes":{"last_name":"Doe","month":"1","year":"2031","reference":"R-2","metadata":{"a":[1,2]}}}}
            """);

        string body = await response.Content.ReadAsStringAsync();
        body.Should().Contain("\"full_name\":\"John Doe\"").And.Contain("\"valid_thru\":\"01/2031\"").And.Contain("\"reference\":\"R-2\"").And.Contain("\"metadata\":{\"a\":[1,2]}");
    }

    [Fact]
    public async Task The_number_cannot_be_changed()
    {
        await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create());

        var response = await Client.PatchDocumentAsync("/api/credit_cards/1", """{"data":{"type":"credit_cards","id":"1","attributes":{"number":"5555555555554444"}}}""");

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        await Snapshot.MatchAsync(response);
    }

    [Fact]
    public async Task An_expiry_in_the_past_is_refused_on_patch()
    {
        await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create());

        var response = await Client.PatchDocumentAsync("/api/credit_cards/1", """{"data":{"type":"credit_cards","id":"1","attributes":{"year":"2025"}}}""");

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await ErrorDocument.SingleAsync(response)).Pointer.Should().Be("/data/attributes/year");
    }

    [Fact]
    public async Task An_empty_first_name_is_refused_on_patch()
    {
        await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create());

        var response = await Client.PatchDocumentAsync("/api/credit_cards/1", """{"data":{"type":"credit_cards","id":"1","attributes":{"first_name":""}}}""");

        (await ErrorDocument.SingleAsync(response)).Pointer.Should().Be("/data/attributes/first_name");
    }

    [Fact]
    public async Task Patching_a_card_that_does_not_exist_is_a_404()
    {
        var response = await Client.PatchDocumentAsync("/api/credit_cards/7", """{"data":{"type":"credit_cards","id":"7","attributes":{"first_name":"Jane"}}}""");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Deleting_a_card_returns_204_and_then_it_is_gone()
    {
        await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create());

        var response = await Client.DeleteAsync("/api/credit_cards/1");

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await response.Content.ReadAsStringAsync()).Should().BeEmpty();
        (await Client.GetAsync("/api/credit_cards/1")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Client.DeleteAsync("/api/credit_cards/1")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
