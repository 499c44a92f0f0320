using CsCheck;
using JsonApiCards.Api.CreditCards;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.Properties;

/// <summary>
/// Every generated valid filter, in both dialects, selects in SQL (SQLite here, PostgreSQL in the Postgres project) the
/// cards the same predicate selects evaluated by the test over the seeded rows. A failure names the CsCheck seed that
/// reproduces it (set <c>CsCheck_Seed</c>).
/// </summary>
public sealed class SqlFilterProperties(JsonApiCardsApplication app) : IntegrationTest(app)
{
    private const int Iterations = 200;

    [Fact]
    public async Task A_generated_json_api_filter_selects_in_sql_the_cards_it_selects_in_memory()
    {
        List<CreditCard> cards = await SeedAsync();

        await CardFilterGenerators.JsonApiFilter(cards).SampleAsync(async filter =>
        {
            await SelectsAsync([("filter", filter.ToJsonApi())], cards.Where(filter.Matches));
        }, iter: Iterations, threads: 1, print: filter => "filter=" + filter.ToJsonApi());
    }

    [Fact]
    public async Task Generated_ransack_conditions_select_in_sql_the_cards_they_select_in_memory()
    {
        List<CreditCard> cards = await SeedAsync();

        await CardFilterGenerators.RansackFilter(cards).SampleAsync(async conditions =>
        {
            await SelectsAsync([.. conditions.Select(condition => (condition.Key, condition.Value))], cards.Where(card => conditions.All(condition => condition.Meaning.Matches(card))));
        }, iter: Iterations, threads: 1, print: conditions => string.Join('&', conditions.Select(condition => $"{condition.Key}={condition.Value}")));
    }

    private async Task<List<CreditCard>> SeedAsync()
    {
        List<CreditCard> cards = CardFilterGenerators.Cards();
        await App.SeedAsync([.. cards]);
        return cards;
    }

    private async Task SelectsAsync(IReadOnlyList<(string Name, string Value)> parameters, IEnumerable<CreditCard> expected)
    {
        string query = string.Join('&', parameters.Select(parameter => $"{parameter.Name}={Uri.EscapeDataString(parameter.Value)}"));
        List<string> ids = await Client.GetIdsAsync($"/api/credit_cards?{query}&page[size]={CardFilterGenerators.SeededCards}");
        ids.Should().Equal(expected.Select(card => card.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            string.Join('&', parameters.Select(parameter => $"{parameter.Name}={parameter.Value}")));
    }
}
