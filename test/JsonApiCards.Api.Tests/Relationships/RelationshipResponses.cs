using System.Net;
using System.Text.Json.Nodes;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.Relationships;

/// <summary>Checks shared by the relationship write tests.</summary>
internal static class RelationshipResponses
{
    /// <summary>A successful relationship change: 204, no body, no content type.</summary>
    public static async Task ShouldBeNoContentAsync(this HttpResponseMessage response)
    {
        string body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.NoContent, body);
        body.Should().BeEmpty();
        response.Content.Headers.ContentType.Should().BeNull();
    }

    /// <summary>GETs a relationship's linkage, checks it is a 200, and returns its <c>data</c> member.</summary>
    public static async Task<JsonNode?> GetLinkageAsync(this HttpClient client, string relationshipUrl)
    {
        var response = await client.GetAsync(relationshipUrl);
        string body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!["data"];
    }

    /// <summary>The <c>data</c> member of a request document, to compare with what the server then returns.</summary>
    public static JsonNode? DataOf(string requestDocument) => JsonNode.Parse(requestDocument)!["data"];

    /// <summary>Asserts two linkages are the same JSON.</summary>
    public static void ShouldBeLinkage(this JsonNode? actual, JsonNode? expected) =>
        JsonNode.DeepEquals(actual, expected).Should().BeTrue($"the linkage should be {expected?.ToJsonString() ?? "null"}, not {actual?.ToJsonString() ?? "null"}");

    public static string Identifier(string type, long id) => $$"""{"type":"{{type}}","id":"{{id}}"}""";

    public static string ToOne(string type, long id) => $$"""{"data":{{Identifier(type, id)}}}""";

    public static string ToMany(string type, params long[] ids) => $$"""{"data":[{{string.Join(',', ids.Select(id => Identifier(type, id)))}}]}""";

    public const string Null = """{"data":null}""";
}
