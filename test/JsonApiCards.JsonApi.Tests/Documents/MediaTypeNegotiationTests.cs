using JsonApiCards.JsonApi.Documents;
using JsonApiCards.JsonApi.Operations;
using Microsoft.Extensions.Primitives;

namespace JsonApiCards.JsonApi.Tests.Documents;

/// <summary>JSON:API 1.1 content negotiation, for the single routes' media type and for the atomic extension's.</summary>
public sealed class MediaTypeNegotiationTests
{
    private const string Atomic = "application/vnd.api+json; ext=\"https://jsonapi.org/ext/atomic\"";

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("application/vnd.api+json", true)]
    [InlineData("APPLICATION/VND.API+JSON", true)]
    [InlineData("*/*", true)]
    [InlineData("application/*", true)]
    [InlineData("application/vnd.api+json; profile=\"https://example.com/p\"", true)]
    [InlineData("application/vnd.api+json; ext=\"\"", true)]
    [InlineData("application/vnd.api+json; q=0.5", true)]
    [InlineData("application/vnd.api+json; charset=utf-8", false)]
    [InlineData("application/vnd.api+json; charset=utf-8, */*", true)]
    [InlineData(Atomic, false)]
    [InlineData("text/html", false)]
    [InlineData("text/*", false)]
    [InlineData("*/*; q=0", false)]
    [InlineData("application/vnd.api+json; q=0, */*", false)]
    [InlineData("text/html, application/*; q=0", false)]
    [InlineData("\"", false)]
    public void The_single_routes_answer_an_accept_header_that_admits_the_plain_json_api_media_type(string? accept, bool acceptable)
    {
        JsonApiMediaType.IsAcceptable(new StringValues(accept)).Should().Be(acceptable);
    }

    [Theory]
    [InlineData("application/vnd.api+json", true)]
    [InlineData("application/vnd.api+json; profile=\"https://example.com/p\"", true)]
    [InlineData("application/vnd.api+json; ext=\" \"", true)]
    [InlineData("application/vnd.api+json; charset=utf-8", false)]
    [InlineData(Atomic, false)]
    [InlineData("application/json", false)]
    [InlineData("not a media type", false)]
    public void The_single_routes_read_a_body_of_the_plain_json_api_media_type_only(string contentType, bool acceptable)
    {
        JsonApiMediaType.IsAcceptableContentType(contentType).Should().Be(acceptable);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(Atomic, true)]
    [InlineData("application/vnd.api+json; ext=\"https://jsonapi.org/ext/atomic\"; q=0.9", true)]
    [InlineData("application/vnd.api+json; ext=\"https://jsonapi.org/ext/atomic\"; profile=\"https://example.com/p\"", true)]
    [InlineData("*/*", true)]
    [InlineData("application/*", true)]
    [InlineData("application/vnd.api+json", false)]
    [InlineData("application/vnd.api+json; ext=\"\"", false)]
    [InlineData("application/vnd.api+json; ext=https://jsonapi.org/ext/atomic", false)] // a URI must be quoted: this header does not parse
    [InlineData("application/vnd.api+json; ext=\"https://jsonapi.org/ext/atomic https://example.com/other\"", false)]
    [InlineData("application/vnd.api+json; ext=\"https://jsonapi.org/ext/atomic\"; charset=utf-8", false)]
    [InlineData("application/vnd.api+json; ext=\"https://jsonapi.org/ext/atomic\"; q=0, */*", false)]
    [InlineData("text/html", false)]
    [InlineData("*/*; q=0", false)]
    [InlineData("\"", false)]
    public void The_operations_route_answers_an_accept_header_that_admits_the_atomic_media_type(string? accept, bool acceptable)
    {
        AtomicMediaType.IsAcceptable(new StringValues(accept)).Should().Be(acceptable);
    }

    [Theory]
    [InlineData(Atomic, true)]
    [InlineData("application/vnd.api+json; ext=\"https://jsonapi.org/ext/atomic\"; profile=\"https://example.com/p\"", true)]
    [InlineData("application/vnd.api+json; ext=\"https://jsonapi.org/ext/atomic\"; q=1", false)]
    [InlineData("application/vnd.api+json", false)]
    [InlineData("application/json; ext=\"https://jsonapi.org/ext/atomic\"", false)]
    [InlineData(null, false)]
    public void The_operations_route_reads_a_body_of_the_atomic_media_type_only(string? contentType, bool acceptable)
    {
        AtomicMediaType.IsAcceptableContentType(contentType).Should().Be(acceptable);
    }
}
