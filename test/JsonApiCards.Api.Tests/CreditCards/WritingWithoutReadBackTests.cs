using System.Net;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.CreditCards;

/// <summary>Writes answer from the saved entity instead of reading it back: one statement less, the same bytes as a GET.</summary>
public sealed class WritingWithoutReadBackTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Fact]
    public async Task Creating_a_card_costs_two_statements_and_answers_what_a_get_returns()
    {
        App.Sql.Reset();

        var response = await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create());

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        App.Sql.Statements.Should().HaveCount(2, "the insert returns the generated values, then the number is stored encrypted under the new id; nothing is read back");
        App.Sql.Statements[1].Should().Contain("SET \"number_ciphertext\" = @").And.NotContain("updated_at", "storing the ciphertext is not a change of the card");
        string created = await response.Content.ReadAsStringAsync();
        string read = await Client.GetStringAsync(response.Headers.Location);
        created.Should().Be(read);
    }

    [Fact]
    public async Task Patching_a_card_costs_a_read_and_an_update_and_answers_what_a_get_returns()
    {
        await App.SeedAsync([.. CardsSeed.Cards(1)]);
        App.Sql.Reset();

        var response = await Client.PatchDocumentAsync("/api/credit_cards/1", """{"data":{"type":"credit_cards","id":"1","attributes":{"first_name":"Jane"}}}""");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        App.Sql.Statements.Should().HaveCount(2, "the tracked read and the update; nothing is read back");
        string updated = await response.Content.ReadAsStringAsync();
        string read = await Client.GetStringAsync("/api/credit_cards/1");
        updated.Should().Be(read);
    }

    [Fact]
    public async Task A_write_with_an_include_reads_the_resource_back_through_the_projection()
    {
        App.Sql.Reset();

        var response = await Client.PostDocumentAsync("/api/credit_cards?include=order", CreditCardRequests.Create());

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        App.Sql.Statements.Should().HaveCount(3, "the insert, the encrypted number under the new id, then the projected read that loads the included order");
        string created = await response.Content.ReadAsStringAsync();
        string read = await Client.GetStringAsync(response.Headers.Location + "?include=order");
        created.Should().Be(read.Replace("?include=order", "", StringComparison.Ordinal));
    }
}
