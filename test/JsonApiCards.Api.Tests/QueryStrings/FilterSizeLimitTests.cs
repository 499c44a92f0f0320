using System.Net;
using JsonApiCards.Api.Tests.Support;
using JsonApiCards.JsonApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JsonApiCards.Api.Tests.QueryStrings;

/// <summary>
/// A hostile filter cannot make the service compile a huge query or overflow its stack: a request's filters hold at most
/// 100 terms and lists of at most 100 values, functions nest at most 16 deep, and a query string is at most 8 KiB. Each
/// limit is a 4xx error object that states it, never a 500.
/// </summary>
public sealed class FilterSizeLimitTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    private const string TooManyTerms = "The filters of one request may hold at most 100 terms (each filter function, Ransack attribute and simple filter value counts one).";
    private const string ListTooLong = "A list of values in a filter may hold at most 100 values.";

    /// <summary><c>or(...)</c> of 99 comparisons: 100 terms, the most a request may hold.</summary>
    private static readonly string HundredTerms = "or(" + string.Join(',', Enumerable.Range(1, 99).Select(id => $"equals(id,'{id}')")) + ")";

    [Fact]
    public async Task Filters_up_to_the_limits_are_answered()
    {
        await App.SeedAsync([.. CardsSeed.Cards(3)]);

        (await Client.GetIdsAsync("/api/credit_cards?filter=" + HundredTerms)).Should().Equal("1", "2", "3");
        (await Client.GetIdsAsync("/api/credit_cards?filter[ids]=" + string.Join(',', Enumerable.Range(2, 100)))).Should().Equal("2", "3");
        (await Client.GetIdsAsync("/api/credit_cards?filter=" + string.Concat(Enumerable.Repeat("not(", 15)) + "equals(id,'1')" + new string(')', 15))).Should().Equal("2", "3");
    }

    [Fact]
    public async Task A_filter_of_more_terms_is_a_400_that_states_the_limit()
    {
        var response = await Client.GetAsync($"/api/credit_cards?filter={HundredTerms[..^1]},equals(id,'100'))");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        await Snapshot.MatchAsync(response);
    }

    public static TheoryData<string, string, string> OverTheLimits => new()
    {
        { $"filter={HundredTerms}&filter[q][card_type_eq]=visa", "filter[q][card_type_eq]", TooManyTerms },
        { $"filter[q][card_type_eq]=visa&filter={HundredTerms}", "filter", TooManyTerms },
        { $"filter[q][{string.Join("_or_", Enumerable.Repeat("reference", 101))}_eq]=x", $"filter[q][{string.Join("_or_", Enumerable.Repeat("reference", 101))}_eq]", TooManyTerms },
        { "filter=any(reference," + string.Join(',', Enumerable.Range(1, 101).Select(index => $"'{index}'")) + ")", "filter", ListTooLong },
        { "filter[q][reference_in]=" + string.Join(',', Enumerable.Range(1, 101)), "filter[q][reference_in]", ListTooLong },
        { "filter[q][reference_not_in]=" + string.Join(',', Enumerable.Range(1, 101)), "filter[q][reference_not_in]", ListTooLong },
        { "filter[ids]=" + string.Join(',', Enumerable.Range(1, 101)), "filter[ids]", ListTooLong },
        { "filter=" + string.Concat(Enumerable.Repeat("not(", 16)) + "equals(id,'1')" + new string(')', 16), "filter", "Filter functions may not be nested more than 16 levels deep." },
        { "include=orders&filter[orders]=" + HundredTerms + "&filter=has(orders)", "filter", TooManyTerms },
    };

    [Theory]
    [MemberData(nameof(OverTheLimits))]
    public async Task Each_filter_limit_in_either_dialect_is_a_400_naming_the_parameter(string query, string parameter, string limit)
    {
        string resource = query.StartsWith("include=orders", StringComparison.Ordinal) ? "customers" : "credit_cards";

        var response = await Client.GetAsync($"/api/{resource}?{query}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var error = await ErrorDocument.SingleAsync(response);
        error.Code.Should().Be("INVALID_QUERY_PARAMETER");
        error.Parameter.Should().Be(parameter);
        error.Detail.Should().EndWith(limit);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_query_string_of_100_KB_is_a_414_that_states_the_limit(bool ofManyTerms)
    {
        string query = ofManyTerms
            ? "?filter=or(" + string.Join(',', Enumerable.Repeat("equals(id,'1')", 100 * 1024 / 15)) + ")"
            : "?filter=equals(reference,'" + new string('x', 100 * 1024) + "')";

        var response = await Client.GetAsync("/api/credit_cards" + query);

        response.StatusCode.Should().Be(HttpStatusCode.RequestUriTooLong);
        var error = await ErrorDocument.SingleAsync(response);
        error.Should().Be(new ErrorDocument.ErrorItem("414", "QUERY_STRING_TOO_LONG", "The query string is too long.",
            $"Query strings may be at most {MaxQueryStringLength} characters long; this one has {query.Length}.", Pointer: null, Parameter: null, Header: null));
    }

    [Theory]
    [InlineData("GET", "/api/credit_cards/1/relationships/order")]
    [InlineData("PATCH", "/api/credit_cards/1/relationships/order")]
    [InlineData("DELETE", "/api/credit_cards/1")]
    public async Task A_route_that_takes_no_query_parameters_still_answers_an_overlong_query_string_with_a_414(string method, string path)
    {
        string query = "?" + new string('x', MaxQueryStringLength);

        using var request = new HttpRequestMessage(new HttpMethod(method), path + query);
        if (method == "PATCH")
        {
            request.Content = new StringContent("""{"data":null}""", System.Text.Encoding.UTF8, "application/vnd.api+json");
            request.Content.Headers.ContentType!.CharSet = null;
        }

        var response = await Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.RequestUriTooLong);
        (await ErrorDocument.SingleAsync(response)).Code.Should().Be("QUERY_STRING_TOO_LONG");
    }

    [Theory]
    [InlineData(0, HttpStatusCode.OK)]
    [InlineData(1, HttpStatusCode.RequestUriTooLong)]
    public async Task A_query_string_is_read_up_to_the_limit_and_refused_one_character_past_it(int pastTheLimit, HttpStatusCode expected)
    {
        const string Start = "?filter=equals(reference,'";
        const string End = "')";
        string query = Start + new string('x', MaxQueryStringLength + pastTheLimit - Start.Length - End.Length) + End;

        var response = await Client.GetAsync("/api/credit_cards" + query);

        query.Length.Should().Be(MaxQueryStringLength + pastTheLimit);
        response.StatusCode.Should().Be(expected, await response.Content.ReadAsStringAsync());
    }

    private int MaxQueryStringLength => App.Services.GetRequiredService<IOptions<JsonApiOptions>>().Value.MaxQueryStringLength;
}
