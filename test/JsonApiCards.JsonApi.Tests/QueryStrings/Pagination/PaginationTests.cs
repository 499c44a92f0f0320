using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.Queries.QueryableBuilding;
using static JsonApiCards.JsonApi.Tests.QueryStrings.QueryStringTestKit;

namespace JsonApiCards.JsonApi.Tests.QueryStrings.Pagination;

public sealed class PaginationTests
{
    [Fact]
    public void Collections_get_the_first_page_of_the_default_size()
    {
        // Act
        QueryLayer layer = Read(string.Empty);

        // Assert
        layer.Pagination!.PageNumber.Should().Be(1);
        layer.Pagination.PageSize.Should().Be(10);
    }

    [Fact]
    public void Single_resources_have_no_pagination()
    {
        // Act
        QueryLayer layer = Read(string.Empty, isCollection: false);

        // Assert
        layer.Pagination.Should().BeNull();
    }

    [Fact]
    public void The_requested_page_is_skipped_to_and_taken()
    {
        // Act
        QueryLayer layer = Read("page[number]=2&page[size]=3&sort=-id");

        // Assert
        layer.Pagination!.ToString().Should().Be("page[number]=2&page[size]=3");
        Data.Cards.AsQueryable().FilterSortAndPage(layer).Select(card => card.Id).Should().Equal(1);
    }

    [Fact]
    public void The_largest_page_size_is_accepted()
    {
        // Act
        QueryLayer layer = Read("page[size]=25");

        // Assert
        layer.Pagination!.PageSize.Should().Be(25);
    }

    [Theory]
    [InlineData("page[number]", "0", "'0' is not valid here; expected a page number from 1 to 2147483647.")]
    [InlineData("page[number]", "-1", "'-1' is not valid here; expected a page number from 1 to 2147483647.")]
    [InlineData("page[number]", "two", "'two' is not valid here; expected a page number from 1 to 2147483647.")]
    [InlineData("page[number]", "1.5", "'1.5' is not valid here; expected a page number from 1 to 2147483647.")]
    [InlineData("page[number]", "99999999999", "'99999999999' is not valid here; expected a page number from 1 to 2147483647.")]
    [InlineData("page[number]", "", "A value is required; expected a page number from 1 to 2147483647.")]
    [InlineData("page[size]", "0", "'0' is not valid here; expected a page size from 1 to 25.")]
    [InlineData("page[size]", "26", "'26' is not valid here; expected a page size from 1 to 25.")]
    [InlineData("page[size]", " 5", "' 5' is not valid here; expected a page size from 1 to 25.")]
    [InlineData("page[size]", "+5", "'+5' is not valid here; expected a page size from 1 to 25.")]
    [InlineData("page[offset]", "5", "Pagination is written page[number]=... and page[size]=....")]
    [InlineData("page", "5", "Pagination is written page[number]=... and page[size]=....")]
    public void Bad_page_values_are_refused(string parameter, string value, string expectedDetail)
    {
        // Act
        InvalidQueryStringParameterException exception = ReadFails($"{parameter}={value}");

        // Assert
        exception.ParameterName.Should().Be(parameter);
        DetailOf(exception).Should().Be(expectedDetail);
    }

    [Theory]
    [InlineData("page[number]=1", "page[number]")]
    [InlineData("page[size]=5", "page[size]")]
    [InlineData("page[after]=x", "page[after]")]
    [InlineData("page[before]=x", "page[before]")]
    public void Paging_a_single_resource_is_refused(string query, string parameter)
    {
        // Act
        InvalidQueryStringParameterException exception = ReadFails(query, isCollection: false);

        // Assert
        exception.ParameterName.Should().Be(parameter);
        DetailOf(exception).Should().Be("Pagination is only available on collections; this request returns a single resource.");
    }

    [Fact]
    public void A_page_parameter_given_twice_is_refused()
    {
        // Act
        InvalidQueryStringParameterException exception = ReadFails("page[size]=5&page[size]=6");

        // Assert
        exception.ParameterName.Should().Be("page[size]");
        DetailOf(exception).Should().Be("This parameter may be given only once; expected a page size from 1 to 25.");
    }

    [Theory]
    [InlineData("page[after]=", "page[after]", "A value is required; expected a cursor from a links.next of this collection.")]
    [InlineData("page[before]=x&page[before]=y", "page[before]", "This parameter may be given only once; expected a cursor from a links.prev of this collection.")]
    [InlineData("page[number]=2&page[after]=x", "page[number]", "page[number] pages by number, page[after] and page[before] by cursor; send one kind.")]
    [InlineData("page[before]=x&page[number]=1", "page[number]", "page[number] pages by number, page[after] and page[before] by cursor; send one kind.")]
    public void Bad_cursor_parameters_are_refused(string query, string parameter, string expectedDetail)
    {
        // Act
        InvalidQueryStringParameterException exception = ReadFails(query);

        // Assert
        exception.ParameterName.Should().Be(parameter);
        DetailOf(exception).Should().Be(expectedDetail);
    }

    [Theory]
    [InlineData("page[number]=4&page[size]=25", "page[number]=4&page[size]=25")]
    [InlineData("page[number]=10", "page[number]=10&page[size]=10")]
    public void A_page_ending_at_the_deepest_offset_is_read(string query, string expectedPagination)
    {
        // Act
        QueryLayer layer = Read(query, options: new JsonApiOptions { DefaultPageSize = 10, MaxPageSize = 25, MaxPageOffset = 100 });

        // Assert
        layer.Pagination!.ToString().Should().Be(expectedPagination);
    }

    [Theory]
    [InlineData("page[number]=5&page[size]=21", 105)]
    [InlineData("page[number]=11", 110)]
    [InlineData("page[number]=2147483647", 21474836470)]
    public void A_page_ending_past_the_deepest_offset_is_refused(string query, long pageEnd)
    {
        // Act
        JsonApiException exception = ReadRefused<JsonApiException>(query, options: new JsonApiOptions { DefaultPageSize = 10, MaxPageSize = 25, MaxPageOffset = 100 });

        // Assert
        exception.Errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Code = ErrorCodes.PageTooDeep,
            Parameter = "page[number]",
        });
        exception.Errors[0].Detail.Should().StartWith($"page[number] × page[size] may be at most 100; this page ends at {pageEnd}.");
    }
}
