using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Queries;
using static JsonApiCards.JsonApi.Tests.QueryStrings.QueryStringTestKit;

namespace JsonApiCards.JsonApi.Tests.QueryStrings.Pagination;

/// <summary>Pages of the cursor pagination profile: page[after], page[before], and the first page an Accept asks for.</summary>
public sealed class CursorPageTests
{
    [Fact]
    public void A_collection_read_after_a_cursor_is_paged_by_cursor_at_the_default_size()
    {
        // Act
        QueryLayer layer = Read("page[after]=abc");

        // Assert
        layer.Pagination.Should().BeNull();
        layer.Cursor.Should().BeEquivalentTo(new { After = "abc", Before = (string?)null, PageSize = 10 });
    }

    [Fact]
    public void A_collection_read_before_a_cursor_takes_the_page_size_asked_for()
    {
        // Act
        QueryLayer layer = Read("page[before]=xyz&page[size]=25");

        // Assert
        layer.Pagination.Should().BeNull();
        layer.Cursor.Should().BeEquivalentTo(new { After = (string?)null, Before = "xyz", PageSize = 25 });
    }

    [Fact]
    public void Accepting_the_cursor_profile_pages_a_collection_by_cursor_from_its_first_page()
    {
        // Act
        QueryLayer layer = Read("page[size]=5", cursorByDefault: true);

        // Assert
        layer.Pagination.Should().BeNull();
        layer.Cursor.Should().BeEquivalentTo(new { After = (string?)null, Before = (string?)null, PageSize = 5 });
    }

    [Fact]
    public void Accepting_the_cursor_profile_with_no_query_string_pages_by_cursor_at_the_default_size()
    {
        // Act
        QueryLayer layer = Read(string.Empty, cursorByDefault: true);

        // Assert
        layer.Pagination.Should().BeNull();
        layer.Cursor!.PageSize.Should().Be(10);
    }

    [Fact]
    public void A_page_number_pages_by_number_even_when_the_cursor_profile_is_accepted()
    {
        // Act
        QueryLayer layer = Read("page[number]=2", cursorByDefault: true);

        // Assert
        layer.Cursor.Should().BeNull();
        layer.Pagination!.ToString().Should().Be("page[number]=2&page[size]=10");
    }

    [Fact]
    public void A_single_resource_has_no_cursor_when_the_cursor_profile_is_accepted()
    {
        // Act
        QueryLayer layer = Read(string.Empty, isCollection: false, cursorByDefault: true);

        // Assert
        layer.Cursor.Should().BeNull();
        layer.Pagination.Should().BeNull();
    }

    [Fact]
    public void Reading_after_and_before_a_cursor_at_once_is_the_profiles_range_error()
    {
        // Act
        JsonApiException exception = ReadRefused<JsonApiException>("page[after]=a&page[before]=b");

        // Assert
        exception.Errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Code = ErrorCodes.CursorRangeNotSupported,
            Parameter = "page[before]",
            Detail = "Send page[after] or page[before], not both.",
        });
    }

    [Theory]
    [InlineData("page[after]=a&page[size]=26", false)]
    [InlineData("page[size]=26", true)]
    public void A_cursor_page_larger_than_the_largest_size_is_the_profiles_size_error(string query, bool cursorByDefault)
    {
        // Act
        JsonApiException exception = ReadRefused<JsonApiException>(query, cursorByDefault: cursorByDefault);

        // Assert
        exception.Should().NotBeOfType<InvalidQueryStringParameterException>();
        exception.Errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Code = ErrorCodes.PageSizeTooLarge,
            Parameter = "page[size]",
            Detail = "page[size] may be at most 25; this request asks for 26.",
            MaxPageSize = 25,
        });
    }
}
