using System.Net.Http.Headers;
using System.Text;

namespace JsonApiCards.Api.Tests.Operations;

/// <summary>Requests of the atomic operations extension, as a client that applies it sends them.</summary>
internal static class AtomicHttp
{
    public const string MediaType = """application/vnd.api+json; ext="https://jsonapi.org/ext/atomic" """;

    public static Task<HttpResponseMessage> PostOperationsAsync(this HttpClient client, string json, string contentType = MediaType, string accept = MediaType)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/operations") { Content = new StringContent(json, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType.Trim());
        request.Headers.Accept.ParseAdd(accept.Trim());
        return client.SendAsync(request);
    }

    /// <summary>An <c>add</c> of a credit card for the order named by <paramref name="orderLinkage"/> (an identifier object).</summary>
    public static string AddCard(string orderLinkage, string number = "4111111111111111", string lid = "card") => $$"""
        {
          "op": "add",
          "data": {
            "type": "credit_cards",
            "lid": "{{lid}}",
            "attributes": { "first_name": "John", "last_name": "Smith", "number": "{{number}}", "month": "10", "year": "2030", "verification_value": "123" },
            "relationships": { "order": { "data": {{orderLinkage}} } }
          }
        }
        """;
}
