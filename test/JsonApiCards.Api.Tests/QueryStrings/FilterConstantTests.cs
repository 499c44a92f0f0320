using System.Net;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.QueryStrings;

/// <summary>Filter constants reach the database as parameters, whatever characters they hold, except U+0000, which no stored text can hold.</summary>
public sealed class FilterConstantTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Theory]
    [InlineData("filter=equals(reference,'A%00B')", "filter")]
    [InlineData("filter=any(reference,'A%00B','none')", "filter")]
    [InlineData("filter=contains(reference,'%00')", "filter")]
    [InlineData("filter=endsWith(reference,'2%00')", "filter")]
    [InlineData("filter=or(endsWith(reference,'%00'),endsWith(reference,'-002'))", "filter")]
    [InlineData("filter[q][reference_eq]=A%00B", "filter[q][reference_eq]")]
    [InlineData("filter[q][reference_in]=A%00B,none", "filter[q][reference_in]")]
    [InlineData("filter[q][reference_cont]=%00", "filter[q][reference_cont]")]
    [InlineData("filter[reference]=A%00B", "filter[reference]")]
    public async Task A_constant_with_a_nul_character_is_a_400_on_either_database(string query, string parameter)
    {
        await App.SeedAsync([.. CardsSeed.Cards(2)]);

        var response = await Client.GetAsync("/api/credit_cards?" + query);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, "PostgreSQL refuses U+0000 in a text parameter (22021); it was a 500 there");
        var error = await ErrorDocument.SingleAsync(response);
        error.Code.Should().Be("INVALID_QUERY_PARAMETER");
        error.Parameter.Should().Be(parameter);
        error.Detail.Should().EndWith("may not hold the NUL character (U+0000).");
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
