using System.Net;
using System.Text.Json;
using JsonApiCards.Api.CreditCards;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace JsonApiCards.Api.Tests.CreditCards;

/// <summary>
/// The unfiltered card list takes <c>record_count</c> from the per-mode counter the triggers keep, so it must agree
/// with <c>COUNT(*)</c> through every create and delete, for each mode apart.
/// </summary>
public sealed class CreditCardCountTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Fact]
    public async Task The_record_count_of_the_unfiltered_list_stays_exact_through_creates_and_deletes()
    {
        var cards = CardsSeed.Cards(6);
        cards[4].Mode = CardsMode.Live;
        cards[5].Mode = CardsMode.Live;
        await App.SeedAsync([.. cards]);

        await AssertCountsMatchTheTableAsync();
        (await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create())).StatusCode.Should().Be(HttpStatusCode.Created);
        await AssertCountsMatchTheTableAsync();
        (await Client.DeleteAsync("/api/credit_cards/2")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await Client.DeleteAsync("/api/credit_cards/3")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await AssertCountsMatchTheTableAsync();

        (await RecordCountAsync("/api/credit_cards")).Should().Be(3, "four test cards were seeded, one created and two deleted; the live ones are not the caller's");
    }

    [Fact]
    public async Task Moving_a_card_to_another_mode_moves_it_between_the_counts()
    {
        await App.SeedAsync([.. CardsSeed.Cards(3)]);
        await using (var db = App.CreateDbContext())
        {
            await db.CreditCards.Where(card => card.Id == 1).ExecuteUpdateAsync(setters => setters.SetProperty(card => card.Mode, CardsMode.Live));
        }

        await AssertCountsMatchTheTableAsync();
        (await RecordCountAsync("/api/credit_cards")).Should().Be(2);
    }

    [Fact]
    public async Task The_unfiltered_list_reads_the_counter_and_a_filtered_list_counts_its_matches()
    {
        await App.SeedAsync([.. CardsSeed.Cards(12)]);

        App.Sql.Reset();
        (await RecordCountAsync("/api/credit_cards?page[size]=5")).Should().Be(12);
        App.Sql.Statements[0].Should().Contain("credit_card_counts").And.NotContain("COUNT(*)");

        App.Sql.Reset();
        (await RecordCountAsync("/api/credit_cards?filter[card_type]=visa")).Should().Be(3);
        App.Sql.Statements[0].Should().Contain("COUNT(*)").And.NotContain("credit_card_counts");
    }

    private async Task<long> RecordCountAsync(string url)
    {
        using var document = JsonDocument.Parse(await Client.GetStringAsync(url));
        return document.RootElement.GetProperty("meta").GetProperty("record_count").GetInt64();
    }

    private async Task AssertCountsMatchTheTableAsync()
    {
        await using var db = App.CreateDbContext();
        var counted = await db.CreditCards.GroupBy(card => card.Mode).Select(group => new { Mode = group.Key, Count = (long)group.Count() }).ToDictionaryAsync(entry => entry.Mode, entry => entry.Count);
        var kept = await db.Set<CreditCardCount>().Where(entry => entry.Count > 0).ToDictionaryAsync(entry => entry.Mode, entry => entry.Count);
        kept.Should().Equal(counted);
        (await RecordCountAsync("/api/credit_cards")).Should().Be(counted.GetValueOrDefault(CardsMode.Test));
    }
}
