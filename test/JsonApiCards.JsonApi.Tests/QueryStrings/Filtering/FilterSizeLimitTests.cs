using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.QueryStrings;
using JsonApiCards.JsonApi.Tests.TestModel;
using static JsonApiCards.JsonApi.Tests.QueryStrings.QueryStringTestKit;

namespace JsonApiCards.JsonApi.Tests.QueryStrings.Filtering;

/// <summary>
/// The filters of one request are counted while they are parsed, over all filter parameters of both dialects, and
/// refused past <see cref="JsonApiOptions.MaxFilterTerms"/> terms or <see cref="JsonApiOptions.MaxFilterListLength"/>
/// values in one list. Small limits keep the cases readable; the last cases check the defaults.
/// </summary>
public sealed class FilterSizeLimitTests
{
    private const string TooManyTerms = "The filters of one request may hold at most 5 terms (each filter function, Ransack attribute and simple filter value counts one).";
    private const string ListTooLong = "A list of values in a filter may hold at most 3 values.";

    private static readonly JsonApiOptions Small = new() { MaxFilterNestingDepth = 16, MaxFilterTerms = 5, MaxFilterListLength = 3 };

    private static readonly JsonApiOptions TwoLevelsOfSubqueries = new() { MaxToManyFilterDepth = 2, MaxFilterSubqueries = 20 };

    private static readonly SimpleFilter[] Declared = [SimpleFilter.For<Card>("card_type", card => card.CardType, SimpleFilterKind.Equals), SimpleFilter.For<Card>("ids", card => card.Id, SimpleFilterKind.In)];

    [Fact]
    public void A_filter_of_as_many_functions_as_the_limit_is_accepted()
    {
        QueryLayer layer = Read("filter=or(equals(id,'1'),equals(id,'2'),equals(id,'3'),equals(id,'4'))", options: Small);

        CardIds(layer).Should().Equal(1, 2, 3, 4);
    }

    [Theory]
    [InlineData("or(equals(id,'1'),equals(id,'2'),equals(id,'3'),equals(id,'4'),equals(id,'5'))")]
    [InlineData("or(equals(count(owner.orders),count(owner.cards)),equals(id,'1'),equals(id,'2'))")]
    [InlineData("not(not(not(not(not(equals(id,'1'))))))")]
    public void A_filter_of_more_functions_fails_at_the_first_one_past_the_limit(string filter)
    {
        InvalidQueryStringParameterException exception = ReadFails("filter=" + filter, options: Small);

        int sixthFunction = filter.LastIndexOf("equals", StringComparison.Ordinal);
        exception.ParameterName.Should().Be("filter");
        DetailOf(exception).Should().StartWith($"Failed at position {sixthFunction + 1}: ").And.EndWith(" — " + TooManyTerms);
    }

    [Theory]
    [InlineData("filter=or(equals(id,'1'),equals(id,'2'))&filter[q][card_type_eq]=visa&filter[q][holder_name_or_reference_cont]=Jo", "filter[q][holder_name_or_reference_cont]", TooManyTerms)]
    [InlineData("filter[q][card_type_eq]=visa&filter[q][month_gt]=1&filter[q][month_lt]=9&filter[card_type]=visa&filter[ids]=1,2&filter=equals(id,'1')", "filter", TooManyTerms)]
    [InlineData("filter=equals(id,'1')&filter=equals(id,'2')&filter=equals(id,'3')&filter=equals(id,'4')&filter=equals(id,'5')&filter=equals(id,'6')", "filter", TooManyTerms)]
    [InlineData("filter[card_type]=visa&filter[card_type]=amex&filter[card_type]=mastercard&filter[ids]=1&filter[ids]=2&filter[ids]=3", "filter[ids]", TooManyTerms)]
    [InlineData("filter[q][id_in]=1,2,3,4", "filter[q][id_in]", ListTooLong)]
    [InlineData("filter[q][id_not_in]=1,2,3,4", "filter[q][id_not_in]", ListTooLong)]
    [InlineData("filter[ids]=1,2,3,4", "filter[ids]", ListTooLong)]
    [InlineData("filter[ids]=1,2,3,,,,,,,,,,", "filter[ids]", ListTooLong)]
    public void Terms_over_every_filter_parameter_of_both_dialects_and_each_list_are_counted_against_the_limits(string query, string refusedParameter, string limit)
    {
        InvalidQueryStringParameterException exception = ReadFails(query, simpleFilters: Declared, options: Small);

        exception.ParameterName.Should().Be(refusedParameter);
        DetailOf(exception).Should().EndWith(limit);
    }

    [Fact]
    public void Filters_of_included_collections_count_too()
    {
        InvalidQueryStringParameterException exception = ReadFails(
            "include=orders,cards&filter=has(orders)&filter[orders]=or(equals(status,'placed'),equals(status,'draft'))&filter[cards]=and(equals(month,'1'),equals(month,'2'))",
            TestGraph.Customers, options: Small);

        exception.ParameterName.Should().Be("filter[cards]");
        DetailOf(exception).Should().EndWith(TooManyTerms);
    }

    [Fact]
    public void A_ransack_key_with_more_alternatives_than_the_limit_is_refused_before_it_is_split()
    {
        InvalidQueryStringParameterException exception = ReadFails("filter[q][a_or_b_or_c_or_d_or_e_or_f_cont]=x", options: Small);

        exception.ParameterName.Should().Be("filter[q][a_or_b_or_c_or_d_or_e_or_f_cont]");
        DetailOf(exception).Should().Be(TooManyTerms, "the names are not even looked up");
    }

    [Fact]
    public void Lists_as_long_as_the_limit_are_accepted()
    {
        QueryLayer layer = Read("filter=any(id,'1','2','3')&filter[q][id_not_in]=7,8,9&filter[ids]=1,3,4", simpleFilters: Declared, options: Small);

        CardIds(layer).Should().Equal(1, 3);
    }

    [Fact]
    public void A_longer_any_list_fails_at_its_first_value_past_the_limit()
    {
        const string Filter = "any(id,'1','2','3','4')";

        InvalidQueryStringParameterException exception = ReadFails("filter=" + Filter, options: Small);

        DetailOf(exception).Should().StartWith($"Failed at position {Filter.IndexOf("'4'", StringComparison.Ordinal) + 1}: ").And.EndWith(" — " + ListTooLong);
    }

    [Theory]
    [InlineData("filter=has(order.customer.orders)", true)]
    [InlineData("filter=and(has(order.customer.orders),has(owner.orders))", true)]
    [InlineData("filter=or(has(order.customer.orders),equals(count(owner.orders),'1'))", true)]
    [InlineData("filter=and(has(order.customer.orders),has(owner.orders),has(order.cards))", false)]
    [InlineData("filter=has(order.customer.orders,has(cards))&filter=has(owner.orders)", false)]
    public void Has_and_count_pass_through_at_most_the_configured_number_of_relationships(string query, bool answered)
    {
        var fiveRelationships = new JsonApiOptions { MaxFilterSubqueries = 5 };

        if (answered)
        {
            Read(query, options: fiveRelationships).Filter.Should().NotBeNull();
        }
        else
        {
            DetailOf(ReadFails(query, options: fiveRelationships)).Should().Contain("at most 5 relationships over all filters of one request");
        }
    }

    [Theory]
    [InlineData("has(owner.orders,has(cards))")]
    [InlineData("has(owner.orders,greaterThan(count(cards),'0'))")]
    [InlineData("and(has(owner.orders,has(cards)),has(order.cards,has(owner.orders)))")]
    [InlineData("has(owner.orders,and(greaterThan(count(cards),'0'),has(cards)))")]
    public void Has_and_count_nest_up_to_the_configured_depth_counted_along_each_path(string filter)
    {
        Read("filter=" + filter, options: TwoLevelsOfSubqueries).Filter.Should().NotBeNull();
    }

    [Theory]
    [InlineData("has(owner.orders,has(cards,has(owner.orders)))", "has")]
    [InlineData("has(owner.orders,has(cards,greaterThan(count(owner.orders),'0')))", "count")]
    public void Has_or_count_nested_past_the_configured_depth_is_refused_where_it_starts(string filter, string function)
    {
        int position = filter.LastIndexOf(function + "(", StringComparison.Ordinal) + 1;

        DetailOf(ReadFails("filter=" + filter, options: TwoLevelsOfSubqueries)).Should()
            .StartWith($"Failed at position {position}: ")
            .And.EndWith($" — has() and count() may nest at most 2 deep; this {function}() is level 3. Each level is a subquery inside the one around it: filter the related collection on its own endpoint instead.");
    }

    [Fact]
    public void By_default_a_request_holds_up_to_100_terms_and_lists_of_up_to_100_values()
    {
        var defaults = new JsonApiOptions();
        string hundredTerms = "or(" + string.Join(',', Enumerable.Range(1, 99).Select(id => $"equals(id,'{id}')")) + ")";
        string hundredValues = string.Join(',', Enumerable.Range(1, 100));

        Read("filter=" + hundredTerms, options: defaults).Filter.Should().NotBeNull();
        Read($"filter[q][id_in]={hundredValues}", options: defaults).Filter.Should().NotBeNull();
        DetailOf(ReadFails($"filter={hundredTerms}&filter[q][id_eq]=1", options: defaults)).Should().Contain("at most 100 terms");
        DetailOf(ReadFails($"filter[q][id_in]={hundredValues},101", options: defaults)).Should().Contain("at most 100 values");
    }
}
