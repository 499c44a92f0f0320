using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.QueryStrings;

/// <summary>Filter constants reach the database as parameters, whatever characters they hold.</summary>
public sealed class FilterConstantTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [SqliteOnlyTheory("PostgreSQL text cannot hold U+0000")]
    [InlineData("filter=equals(reference,'A%00B')")]
    [InlineData("filter=any(reference,'A%00B','none')")]
    [InlineData("filter=contains(reference,'%00')")]
    [InlineData("filter=greaterOrEqual(reference,'A%00B')&filter[q][id_lt]=2")]
    [InlineData("filter[q][reference_eq]=A%00B")]
    [InlineData("filter[q][reference_in]=A%00B,none")]
    [InlineData("filter[q][reference_cont]=%00")]
    [InlineData("filter[reference]=A%00B")]
    public async Task A_constant_with_a_nul_character_matches_the_text_that_holds_it(string query)
    {
        var cards = CardsSeed.Cards(2);
        cards[0].Reference = "A\0B";
        await App.SeedAsync([.. cards]);

        (await Client.GetIdsAsync("/api/credit_cards?" + query)).Should().Equal("1");
    }

    /// <summary>SQLite's <c>length()</c> and <c>substr()</c> stop at a NUL in stored text, so only constants are tested here.</summary>
    [SqliteOnlyFact("PostgreSQL refuses U+0000 in a text parameter (22021): a known gap, a 500 there")]
    public async Task A_constant_with_a_nul_character_is_no_server_error_where_nothing_holds_it()
    {
        await App.SeedAsync([.. CardsSeed.Cards(2)]);

        (await Client.GetIdsAsync("/api/credit_cards?filter=endsWith(reference,'2%00')")).Should().BeEmpty();
        (await Client.GetIdsAsync("/api/credit_cards?filter=startsWith(reference,'REF%00')")).Should().BeEmpty();
        (await Client.GetIdsAsync("/api/credit_cards?filter=or(endsWith(reference,'%00'),endsWith(reference,'-002'))")).Should().Equal("2");
    }

    [Theory]
    [InlineData("filter=equals(reference,'REF-002')", "REF-002")]
    [InlineData("filter=startsWith(reference,'REF-00')", "REF-00")]
    [InlineData("filter=any(reference,'REF-002','REF-XYZ')", "REF-XYZ")]
    [InlineData("filter[q][reference_end]=-002", "-002")]
    [InlineData("filter[q][id_in]=2,98765", "98765")]
    [InlineData("filter[created_at_from]=2001-02-03", "2001-02-03")]
    public async Task Constants_are_sent_as_parameters_not_written_into_the_sql(string query, string constant)
    {
        await App.SeedAsync([.. CardsSeed.Cards(2)]);
        App.Sql.Reset();

        (await Client.GetIdsAsync("/api/credit_cards?" + query)).Should().Contain("2");

        App.Sql.Statements.Should().NotBeEmpty().And.OnlyContain(sql => !sql.Contains(constant, StringComparison.Ordinal),
            "a constant written into the SQL text breaks on characters such as NUL and makes every value a new query plan");
    }
}
