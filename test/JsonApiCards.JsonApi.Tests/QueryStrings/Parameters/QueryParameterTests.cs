using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Queries;
using static JsonApiCards.JsonApi.Tests.QueryStrings.QueryStringTestKit;

namespace JsonApiCards.JsonApi.Tests.QueryStrings.Parameters;

public sealed class QueryParameterTests
{
    [Theory]
    [InlineData("foo")]
    [InlineData("search")]
    [InlineData("q")]
    public void Lowercase_names_outside_the_json_api_families_are_refused(string parameter)
    {
        // Act
        InvalidQueryStringParameterException exception = ReadFails(parameter + "=1");

        // Assert
        exception.ParameterName.Should().Be(parameter);
        exception.Errors[0].Status.Should().Be(System.Net.HttpStatusCode.BadRequest);
        DetailOf(exception).Should().Be($"'{parameter}' is not a JSON:API query parameter; names of only the letters a-z are reserved for JSON:API (filter, sort, page, fields, include).");
    }

    [Theory]
    [InlineData("camelCase")]
    [InlineData("_foo")]
    [InlineData("Filter")]
    [InlineData("page_size")]
    [InlineData("filter]")]
    [InlineData("[q]")]
    [InlineData("")]
    public void Implementation_specific_names_are_refused_as_unsupported(string parameter)
    {
        // Act
        InvalidQueryStringParameterException exception = ReadFails(parameter + "=1");

        // Assert
        exception.ParameterName.Should().Be(parameter);
        DetailOf(exception).Should().Be($"Query parameter '{parameter}' is not supported; expected filter, sort, page[number], page[size], fields[type] or include.");
    }

    [Theory]
    [InlineData("sort[cards]=id", "sort[cards]", "'sort' takes no brackets; write sort=....")]
    [InlineData("include[x]=order", "include[x]", "'include' takes no brackets; write include=....")]
    [InlineData("filter[a][b]=x", "filter[a][b]", "Filters are written filter=..., filter[q][attribute_predicate]=..., filter[declared_key]=... or filter[relationship]=....")]
    public void Families_with_the_wrong_shape_are_refused(string query, string parameter, string expectedDetail)
    {
        // Act
        InvalidQueryStringParameterException exception = ReadFails(query);

        // Assert
        exception.ParameterName.Should().Be(parameter);
        DetailOf(exception).Should().Be(expectedDetail);
    }

    [Fact]
    public void Every_parameter_together_reads_into_one_layer()
    {
        // Act
        QueryLayer layer = Read(
            "filter=equals(card_type,'visa')&filter[q][month_lt]=12&sort=-created_at&page[size]=2&page[number]=1&include=owner.orders&fields[cards]=reference&filter[owner.orders]=equals(status,'placed')");

        // Assert
        layer.Filter!.ToString().Should().Be("and(equals(card_type,'visa'),lessThan(month,'12'))");
        layer.Sort.ToString().Should().Be("-created_at");
        layer.Pagination!.ToString().Should().Be("page[number]=1&page[size]=2");
        layer.Include.ToString().Should().Be("owner.orders");
        layer.Fieldsets.Should().ContainSingle();
        layer.IncludeFilters.Keys.Should().Equal("owner.orders");
        CardIds(layer).Should().Equal(1);
    }

    [Fact]
    public void The_first_bad_parameter_is_the_one_reported()
    {
        // Act
        InvalidQueryStringParameterException exception = ReadFails("page[size]=5&page[number]=0&sort=colour");

        // Assert
        exception.ParameterName.Should().Be("page[number]");
    }
}
