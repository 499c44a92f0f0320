using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.QueryStrings;
using JsonApiCards.JsonApi.Tests.TestModel;
using Microsoft.AspNetCore.WebUtilities;
using static JsonApiCards.JsonApi.Tests.QueryStrings.QueryStringTestKit;

namespace JsonApiCards.JsonApi.Tests.QueryStrings.Parameters;

/// <summary>The query string of a POST or PATCH shapes the response, but cannot filter, sort or page the resource written.</summary>
public sealed class WriteQueryStringTests
{
    private static readonly QueryStringReader Reader = new(Options);

    private static readonly SimpleFilter[] Declared = [SimpleFilter.For<Card>("card_type", card => card.CardType, SimpleFilterKind.Equals)];

    [Theory]
    [InlineData("filter=equals(month,'1')", "filter")]
    [InlineData("filter[q][month_eq]=1", "filter[q][month_eq]")]
    [InlineData("filter[card_type]=visa", "filter[card_type]")]
    public void A_filter_of_the_written_resource_is_refused(string query, string parameter)
    {
        // Act
        Action read = () => ReadForWrite(query);

        // Assert
        InvalidQueryStringParameterException exception = read.Should().Throw<InvalidQueryStringParameterException>().Which;
        (exception.ParameterName, DetailOf(exception)).Should().Be((parameter,
            "A write cannot be filtered: the filter would be applied after the resource was written. Filter an included collection with filter[relationship] instead."));
    }

    [Theory]
    [InlineData("sort=month", "sort", "Sorting is only available on collections; this request returns a single resource.")]
    [InlineData("page[size]=5", "page[size]", "Pagination is only available on collections; this request returns a single resource.")]
    public void Sorting_and_paging_the_written_resource_are_refused(string query, string parameter, string expectedDetail)
    {
        // Act
        Action read = () => ReadForWrite(query);

        // Assert
        InvalidQueryStringParameterException exception = read.Should().Throw<InvalidQueryStringParameterException>().Which;
        (exception.ParameterName, DetailOf(exception)).Should().Be((parameter, expectedDetail));
    }

    [Fact]
    public void A_write_may_include_choose_fields_and_filter_an_included_collection()
    {
        // Act
        QueryLayer layer = ReadForWrite("include=owner.orders&fields[cards]=reference,owner&filter[owner.orders]=equals(status,'placed')");

        // Assert
        layer.Include.ToString().Should().Be("owner.orders");
        layer.Fieldsets[TestGraph.Cards].ToString().Should().Be("reference,owner");
        layer.IncludeFilters["owner.orders"].ToString().Should().Be("equals(status,'placed')");
        (layer.Filter, layer.Pagination, layer.Cursor, layer.Sort.ToString()).Should().Be((null, null, null, "id"));
    }

    private static QueryLayer ReadForWrite(string query) => Reader.ReadForWrite(QueryHelpers.ParseQuery("?" + query), TestGraph.Cards, Declared);
}
