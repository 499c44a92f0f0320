using System.Net;
using System.Net.Http.Headers;
using System.Text;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.CreditCards;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.JsonApi;

public sealed class ContentNegotiationTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Theory]
    [InlineData(null)]
    [InlineData("application/json")]
    [InlineData("text/plain")]
    [InlineData("application/vnd.api+json; charset=utf-8")]
    [InlineData("application/vnd.api+json; version=1")]
    [InlineData("application/vnd.api+json; ext=\"https://jsonapi.org/ext/atomic\"")]
    public async Task A_body_in_any_other_media_type_is_a_415(string? contentType)
    {
        var content = new StringContent(CreditCardRequests.Create(), Encoding.UTF8);
        content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);

        var response = await Client.PostAsync("/api/credit_cards", content);

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await ErrorDocument.SingleAsync(response)).Should().Be(new ErrorDocument.ErrorItem("415", "UNSUPPORTED_MEDIA_TYPE", "The specified Content-Type header value is not supported.",
            "Send 'Content-Type: application/vnd.api+json' with no media type parameters other than 'profile'; this server supports no extensions.", null, null, "Content-Type"));
    }

    [Fact]
    public async Task A_profile_parameter_is_accepted()
    {
        var content = new StringContent(CreditCardRequests.Create(), Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/vnd.api+json; profile=\"https://example.com/profile\"");

        var response = await Client.PostAsync("/api/credit_cards", content);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("application/vnd.api+json; charset=utf-8")]
    [InlineData("application/vnd.api+json; ext=\"https://jsonapi.org/ext/atomic\"")]
    [InlineData("application/json")]
    [InlineData("text/html, application/xml")]
    [InlineData("application/vnd.api+json; q=0")]
    [InlineData("*/*; q=0")]
    [InlineData("application/vnd.api+json; q=0, */*")]
    public async Task An_accept_header_without_a_usable_json_api_media_type_is_a_406(string accept)
    {
        var response = await GetCardsAcceptingAsync(accept);

        response.StatusCode.Should().Be(HttpStatusCode.NotAcceptable);
        (await ErrorDocument.SingleAsync(response)).Should().Be(new ErrorDocument.ErrorItem("406", "NOT_ACCEPTABLE", "The specified Accept header value does not contain any supported media types.",
            "Accept 'application/vnd.api+json' with no media type parameters other than 'profile'.", null, null, "Accept"));
    }

    [Theory]
    [InlineData("application/vnd.api+json")]
    [InlineData("application/vnd.api+json; charset=utf-8, application/vnd.api+json")]
    [InlineData("application/vnd.api+json; profile=\"https://example.com/p\"")]
    [InlineData("*/*")]
    [InlineData("application/*")]
    [InlineData("application/json, */*;q=0.1")]
    [InlineData("application/vnd.api+json; q=0.5, text/html")]
    public async Task An_accept_header_with_a_usable_media_type_is_served_as_json_api(string accept)
    {
        var response = await GetCardsAcceptingAsync(accept);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be("application/vnd.api+json");
    }

    [Fact]
    public async Task No_accept_header_is_served_as_json_api()
    {
        using var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = App.AuthorizationFor(CardsMode.Test);

        var response = await client.GetAsync("/api/credit_cards");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.api+json");
    }

    private async Task<HttpResponseMessage> GetCardsAcceptingAsync(string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/credit_cards");
        request.Headers.TryAddWithoutValidation("Accept", accept);
        using var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = App.AuthorizationFor(CardsMode.Test);
        return await client.SendAsync(request);
    }
}
