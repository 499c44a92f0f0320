using System.Net;
using System.Text;
using System.Text.Json;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.JsonApi;

public sealed class ErrorDocumentLimitTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_body_with_thousands_of_problems_gets_the_first_twenty_and_the_count_of_all()
    {
        var attributes = new StringBuilder();
        for (int index = 0; index < 5000; index++)
        {
            attributes.Append(index == 0 ? "" : ",").Append("\"unknown_").Append(index).Append("\":1");
        }

        var response = await Client.PostDocumentAsync("/api/credit_cards", """{"data":{"type":"credit_cards","attributes":{""" + attributes + "}}}");

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        string body = await response.Content.ReadAsStringAsync();
        body.Length.Should().BeLessThan(8 * 1024, "the error document is bounded, whatever the size of the body");
        using var document = JsonDocument.Parse(body);
        var errors = document.RootElement.GetProperty("errors");
        errors.GetArrayLength().Should().Be(20);
        errors[0].GetProperty("source").GetProperty("pointer").GetString().Should().Be("/data/attributes/unknown_0");
        document.RootElement.GetProperty("meta").GetRawText().Should().Be("""{"truncated":true,"error_count":5000}""");
    }
}
