using System.Linq.Expressions;
using System.Net;
using System.Text.Json;
using JsonApiCards.Api.CreditCards;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace JsonApiCards.Api.Tests.CreditCards;

/// <summary>
/// The card list takes <c>record_count</c> from the counts per (mode, card type) the triggers keep when it has no filter
/// (their sum) or exactly one card type filter (one row), so they must agree with <c>COUNT(*)</c> through every create,
/// delete and change of mode or card type, for each mode apart; every other filter is counted with <c>COUNT(*)</c>.
/// </summary>
public sealed class CreditCardCountTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    private const string MasterNumber = "5555555555554444";

    private static readonly string[] CardTypes = ["visa", "master", "american_express", "discover"];

    [PostgresOnlyFact("SQLite lets one writer at a time in, so no writer waits on a row lock there")]
    public async Task A_transaction_that_goes_on_after_its_card_holds_no_other_card_writer_back()
    {
        // A transaction that saved a card and is still busy (an atomic request's later operations)...
        await using CardsDbContext busy = App.CreateDbContext();
        await using var transaction = await busy.Database.BeginTransactionAsync();
        busy.AddRange(CardsSeed.Cards(1));
        await busy.SaveChangesAsync();

        // ...does not keep the kept count of that mode and card type locked: a card of the same type is saved meanwhile.
        Task other = App.SeedAsync([.. CardsSeed.Cards(1)]);
        (await Task.WhenAny(other, Task.Delay(TimeSpan.FromSeconds(10)))).Should().BeSameAs(other, "the count is updated when the transaction commits, not when it saves the card");
        await other;
        await transaction.CommitAsync();

        (await Client.GetIdsAndRecordCountAsync("/api/credit_cards?filter[card_type]=visa")).RecordCount.Should().Be(2);
    }

    [Fact]
    public async Task The_kept_counts_stay_exact_through_creates_changes_and_deletes()
    {
        var cards = CardsSeed.Cards(6);
        cards[4].Mode = CardsMode.Live;
        cards[5].Mode = CardsMode.Live;
        await App.SeedAsync([.. cards]);

        await AssertCountsMatchTheTableAsync();
        (await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create())).StatusCode.Should().Be(HttpStatusCode.Created);
        (await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create(MasterNumber))).StatusCode.Should().Be(HttpStatusCode.Created);
        await AssertCountsMatchTheTableAsync();
        (await Client.PatchDocumentAsync("/api/credit_cards/1", """{"data":{"type":"credit_cards","id":"1","attributes":{"first_name":"Jo"}}}""")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await Client.DeleteAsync("/api/credit_cards/2")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await Client.DeleteAsync("/api/credit_cards/3")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await AssertCountsMatchTheTableAsync();

        (await RecordCountAsync("/api/credit_cards")).Should().Be(4, "four test cards were seeded, two created and two deleted; the live ones are not the caller's");
        (await RecordCountAsync("/api/credit_cards?filter[card_type]=american_express")).Should().Be(0, "the only test american_express card was deleted");
    }

    [Fact]
    public async Task Moving_a_card_to_another_mode_moves_it_between_the_counts()
    {
        await App.SeedAsync([.. CardsSeed.Cards(6)]);
        await UpdateCardsAsync(card => card.Id == 1, setters => setters.SetProperty(card => card.Mode, CardsMode.Live));

        await AssertCountsMatchTheTableAsync();
        (await RecordCountAsync("/api/credit_cards?filter[card_type]=visa")).Should().Be(1, "cards 1 and 5 are visa and card 1 went live");
    }

    [Fact]
    public async Task Changing_a_cards_type_or_its_mode_and_type_at_once_moves_it_between_the_counts()
    {
        await App.SeedAsync([.. CardsSeed.Cards(8)]);

        await UpdateCardsAsync(card => card.Id == 1, setters => setters.SetProperty(card => card.CardType, "discover"));
        await AssertCountsMatchTheTableAsync();
        await UpdateCardsAsync(card => card.Id == 2, setters => setters.SetProperty(card => card.CardType, "visa").SetProperty(card => card.Mode, CardsMode.Live));
        await AssertCountsMatchTheTableAsync();
        await UpdateCardsAsync(card => card.Id <= 4, setters => setters.SetProperty(card => card.CardType, card => card.CardType).SetProperty(card => card.Mode, card => card.Mode));
        await AssertCountsMatchTheTableAsync();

        (await RecordCountAsync("/api/credit_cards?filter[card_type]=discover")).Should().Be(3, "cards 4 and 8 were discover and card 1 became one");
    }

    [Theory]
    [InlineData("json_api", "filter=equals(card_type,'visa')")]
    [InlineData("ransack", "filter[q][card_type_eq]=visa")]
    [InlineData("simple", "filter[card_type]=visa")]
    public async Task A_card_type_filter_reads_its_kept_count_in_every_dialect(string dialect, string filter)
    {
        var cards = CardsSeed.Cards(30);
        cards[4].Mode = CardsMode.Live;
        cards[8].Mode = CardsMode.Live;
        await App.SeedAsync([.. cards]);
        long expected = await CountAsync(card => card.CardType == "visa");
        App.Sql.Reset();

        HttpResponseMessage response = await Client.GetAsync($"/api/credit_cards?{filter}&fields[credit_cards]=card_type,reference&page[size]=2&page[number]=2");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        App.Sql.Statements.Should().HaveCount(2, "a page costs its count and its data");
        App.Sql.Statements[0].Should().Contain("credit_card_counts").And.NotContain("COUNT(");
        await AssertMetaAsync(response, expected, pageSize: 2);
        await Snapshot.MatchAsync(response, $"{nameof(A_card_type_filter_reads_its_kept_count_in_every_dialect)}.{dialect}");
    }

    [Theory]
    [InlineData("master")]
    [InlineData("jcb")]
    public async Task A_card_type_with_no_kept_count_in_the_callers_mode_is_an_empty_list_read_from_the_counts(string cardType)
    {
        var cards = CardsSeed.Cards(8);
        foreach (CreditCard card in cards.Where(card => card.CardType == cardType))
        {
            card.Mode = CardsMode.Live;
        }

        await App.SeedAsync([.. cards]);
        long expected = await CountAsync(card => card.CardType == cardType);
        App.Sql.Reset();

        var (ids, recordCount) = await Client.GetIdsAndRecordCountAsync($"/api/credit_cards?filter[card_type]={cardType}");

        expected.Should().Be(0);
        ids.Should().BeEmpty();
        recordCount.Should().Be(expected);
        App.Sql.Statements.Should().ContainSingle("no count row means no cards, and an empty list reads no page")
            .Which.Should().Contain("credit_card_counts").And.NotContain("COUNT(");
    }

    public static TheoryData<string, Expression<Func<CreditCard, bool>>> FiltersTheCountsCannotAnswer => new()
    {
        { "filter[card_type]=visa&filter[reference]=REF-013", card => card.CardType == "visa" && card.Reference == "REF-013" },
        { "filter=and(equals(card_type,'visa'),equals(first_name,'John'))", card => card.CardType == "visa" && card.FirstName == "John" },
        { "filter[q][card_type_eq]=visa&filter[q][reference_start]=REF-01", card => card.CardType == "visa" && card.Reference != null && card.Reference.StartsWith("REF-01") },
        { "filter[card_type]=visa&filter[q][card_type_eq]=master", card => false },
        { "filter=or(equals(card_type,'visa'),equals(card_type,'master'))", card => card.CardType == "visa" || card.CardType == "master" },
        { "filter=equals(card_type,'visa')&filter=equals(card_type,'discover')", card => card.CardType == "visa" || card.CardType == "discover" },
        { "filter[q][card_type_not_eq]=visa", card => card.CardType != "visa" },
        { "filter[q][card_type_in]=visa,discover", card => card.CardType == "visa" || card.CardType == "discover" },
        { "filter[reference]=REF-007", card => card.Reference == "REF-007" },
    };

    [Theory]
    [MemberData(nameof(FiltersTheCountsCannotAnswer))]
    public async Task A_filter_the_kept_counts_cannot_answer_is_counted_exactly_with_count(string filter, Expression<Func<CreditCard, bool>> matches)
    {
        var cards = CardsSeed.Cards(30);
        cards[4].Mode = CardsMode.Live;
        cards[9].Mode = CardsMode.Live;
        await App.SeedAsync([.. cards]);
        long expected = await CountAsync(matches);
        App.Sql.Reset();

        HttpResponseMessage response = await Client.GetAsync($"/api/credit_cards?{filter}&page[size]=4");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        App.Sql.Statements.Should().HaveCount(expected == 0 ? 1 : 2, "a page costs its count and its data, unless nothing matches");
        App.Sql.Statements[0].Should().Contain("COUNT(*)").And.NotContain("credit_card_counts");
        await AssertMetaAsync(response, expected, pageSize: 4);
    }

    [Fact]
    public async Task The_unfiltered_list_sums_the_kept_counts_of_the_callers_mode()
    {
        var cards = CardsSeed.Cards(12);
        cards[0].Mode = CardsMode.Live;
        await App.SeedAsync([.. cards]);
        long expected = await CountAsync(card => true);
        App.Sql.Reset();

        HttpResponseMessage response = await Client.GetAsync("/api/credit_cards?page[size]=5");

        App.Sql.Statements.Should().HaveCount(2, "a page costs its count and its data");
        App.Sql.Statements[0].Should().Contain("credit_card_counts").And.Contain("SUM(").And.NotContain("COUNT(");
        await AssertMetaAsync(response, expected, pageSize: 5);
    }

    private async Task<long> CountAsync(Expression<Func<CreditCard, bool>> matches)
    {
        await using var db = App.CreateDbContext();
        return await db.CreditCards.Where(card => card.Mode == CardsMode.Test).Where(matches).LongCountAsync();
    }

    private async Task UpdateCardsAsync(Expression<Func<CreditCard, bool>> which, Action<UpdateSettersBuilder<CreditCard>> set)
    {
        await using var db = App.CreateDbContext();
        await db.CreditCards.Where(which).ExecuteUpdateAsync(set);
    }

    private static async Task AssertMetaAsync(HttpResponseMessage response, long recordCount, int pageSize)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        long pageCount = (recordCount + pageSize - 1) / pageSize;
        document.RootElement.GetProperty("meta").GetRawText().Should().Be($$"""{"record_count":{{recordCount}},"page_count":{{pageCount}}}""");
    }

    private async Task<long> RecordCountAsync(string url)
    {
        using var document = JsonDocument.Parse(await Client.GetStringAsync(url));
        return document.RootElement.GetProperty("meta").GetProperty("record_count").GetInt64();
    }

    /// <summary>Every kept count equals <c>COUNT(*)</c> of its (mode, card type), none is negative, and the lists report them.</summary>
    private async Task AssertCountsMatchTheTableAsync()
    {
        await using var db = App.CreateDbContext();
        var counted = (await db.CreditCards.GroupBy(card => new { card.Mode, card.CardType }).Select(group => new { group.Key.Mode, group.Key.CardType, Count = (long)group.Count() }).ToListAsync())
            .ToDictionary(entry => (entry.Mode, entry.CardType), entry => entry.Count);
        var kept = await db.Set<CreditCardCount>().AsNoTracking().ToListAsync();

        kept.Should().OnlyContain(entry => entry.Count >= 0);
        kept.Where(entry => entry.Count > 0).ToDictionary(entry => (entry.Mode, entry.CardType), entry => entry.Count).Should().Equal(counted);
        (await RecordCountAsync("/api/credit_cards")).Should().Be(counted.Where(entry => entry.Key.Mode == CardsMode.Test).Sum(entry => entry.Value));
        foreach (string cardType in CardTypes)
        {
            (await RecordCountAsync($"/api/credit_cards?filter[card_type]={cardType}")).Should().Be(counted.GetValueOrDefault((CardsMode.Test, cardType)), cardType);
        }
    }
}
