using System.Net;
using JsonApiCards.JsonApi.Errors;

namespace JsonApiCards.JsonApi.Tests.Errors;

/// <summary>A response with several errors has one status: theirs when they agree, else the most general class they share.</summary>
public sealed class JsonApiExceptionTests
{
    [Theory]
    [InlineData(new[] { 422, 422 }, 422)]
    [InlineData(new[] { 403 }, 403)]
    [InlineData(new[] { 422, 404 }, 400)]
    [InlineData(new[] { 409, 422, 409 }, 400)]
    [InlineData(new[] { 422, 503 }, 500)]
    [InlineData(new[] { 500, 404 }, 500)]
    [InlineData(new[] { 503, 500 }, 500)]
    public void The_status_is_the_errors_own_when_they_agree_else_400_or_500(int[] statuses, int expected)
    {
        var exception = new JsonApiException([.. statuses.Select(status => new ErrorObject((HttpStatusCode)status, "CODE", "Title."))]);

        exception.Status.Should().Be((HttpStatusCode)expected);
    }

    [Fact]
    public void An_exception_needs_an_error_and_reads_as_the_first_ones_detail_or_title()
    {
        var none = () => new JsonApiException([]);

        none.Should().Throw<ArgumentOutOfRangeException>();
        new JsonApiException([new ErrorObject(HttpStatusCode.NotFound, "CODE", "Title.", "Detail.")]).Message.Should().Be("Detail.");
        new JsonApiException([new ErrorObject(HttpStatusCode.NotFound, "CODE", "Title.")]).Message.Should().Be("Title.");
    }
}
