using System.Net;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Middleware;
using Microsoft.AspNetCore.Http;

namespace JsonApiCards.JsonApi.Tests.Middleware;

public sealed class ErrorDocumentResponseTests
{
    private static readonly ErrorObject[] Conflict = [new(HttpStatusCode.Conflict, "CONFLICT", "Conflict.")];

    [Fact]
    public async Task Writing_an_error_document_needs_a_response_and_errors()
    {
        var withoutResponse = () => ErrorDocumentResponse.WriteAsync(null!, Conflict, CancellationToken.None);
        var withoutErrors = () => ErrorDocumentResponse.WriteAsync(new DefaultHttpContext().Response, null!, CancellationToken.None);

        (await withoutResponse.Should().ThrowAsync<ArgumentNullException>()).Which.ParamName.Should().Be("response");
        (await withoutErrors.Should().ThrowAsync<ArgumentNullException>()).Which.ParamName.Should().Be("errors");
    }
}
