using JsonApiCards.JsonApi.Endpoints;
using Microsoft.AspNetCore.Http;

namespace JsonApiCards.JsonApi.Tests.Endpoints;

public sealed class HeadResponseTests
{
    [Fact]
    public async Task A_HEAD_gets_the_status_and_headers_of_the_document_without_serializing_it()
    {
        // Arrange
        int written = 0;
        var result = new JsonApiDocumentResult(StatusCodes.Status200OK, _ => written++, entityTag: "W/\"abc\"");
        var head = new DefaultHttpContext { Request = { Method = HttpMethods.Head } };
        var get = new DefaultHttpContext { Request = { Method = HttpMethods.Get } };

        // Act
        await result.ExecuteAsync(head);
        int writtenForHead = written;
        await result.ExecuteAsync(get);

        // Assert
        writtenForHead.Should().Be(0);
        written.Should().Be(1);
        head.Response.StatusCode.Should().Be(StatusCodes.Status200OK);
        head.Response.ContentType.Should().Be("application/vnd.api+json");
        head.Response.Headers.ETag.ToString().Should().Be("W/\"abc\"");
    }
}
