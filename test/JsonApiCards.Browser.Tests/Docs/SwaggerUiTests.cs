using System.Net;
using System.Text.Json.Nodes;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.Support;
using JsonApiCards.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JsonApiCards.Browser.Tests.Docs;

/// <summary>
/// Swagger UI at <c>/docs</c> in a real browser (Debian's chromium), on the service behind Kestrel, as an integrator uses
/// it: every tag and operation of the served document is there, the page loads nothing from anywhere else, and a client's
/// id and secret authorize the OAuth2 client credentials flow so that "Try it out" calls the API.
/// </summary>
public sealed class SwaggerUiTests : KestrelTest
{
    private static readonly string[] ResourceTags = ["credit_cards", "orders", "customers", "customer_payment_sources"];

    [Fact]
    public async Task Docs_lists_every_tag_and_operation_of_the_served_document_and_loads_only_from_the_service()
    {
        using HttpClient client = CreateClient();
        ServedOperation[] operations = await ServedOperation.ReadAllAsync(client);
        await using BrowserSession browser = await BrowserSession.OpenAsync(client.BaseAddress!);

        await browser.RunAsync("docs-operations", async page =>
        {
            var docs = new SwaggerUiPage(page);
            await docs.OpenAsync();

            // The adapters' tags (akinon, ottu) are held to the same rule as soon as the document has them.
            operations.Select(operation => operation.Tag).Should().Contain(ResourceTags);
            foreach (IGrouping<string, ServedOperation> tag in operations.GroupBy(operation => operation.Tag))
            {
                await docs.ExpandTagAsync(tag.Key);
                foreach (ServedOperation operation in tag)
                {
                    await Expect(docs.Operation(operation.Tag, operation.OperationId)).ToBeVisibleAsync();
                }
            }
        });

        string service = client.BaseAddress!.GetLeftPart(UriPartial.Authority);
        browser.RequestedUrls.Should().NotBeEmpty().And.OnlyContain(
            url => url.StartsWith("data:", StringComparison.Ordinal) || new Uri(url).GetLeftPart(UriPartial.Authority) == service,
            "the page must load its scripts, styles, images and the document from the service itself, never a CDN");
        browser.Errors.Should().BeEmpty("the page must run under the service's response headers without a script error");
    }

    [Fact]
    public async Task An_integration_authorizes_with_its_client_credentials_and_lists_its_cards_with_try_it_out()
    {
        using HttpClient client = CreateClient();
        using HttpResponseMessage created = await client.PostDocumentAsync("/api/credit_cards", """
            {"data": {"type": "credit_cards", "attributes": {"first_name": "Ada", "last_name": "Lovelace", "number": "4111111111111111", "month": "12", "year": "2031", "verification_value": "123"}}}
            """);
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        string cardId = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["data"]!["id"]!.GetValue<string>();
        var (clientId, secret) = await App.CreateApiClientAsync(CardsMode.Test, "docs in a browser");
        await using BrowserSession browser = await BrowserSession.OpenAsync(client.BaseAddress!);

        await browser.RunAsync("docs-try-it-out", async page =>
        {
            var docs = new SwaggerUiPage(page);
            await docs.OpenAsync();
            ILocator flow = await docs.OpenClientCredentialsFlowAsync();
            await Expect(flow.GetByLabel("client_id:")).ToHaveValueAsync("");
            await Expect(flow.GetByLabel("client_secret:")).ToHaveValueAsync("");
            await docs.AuthorizeAsync(flow, clientId, secret);

            IResponse response = await docs.TryItOutAsync("credit_cards", "getCreditCardCollection");

            new Uri(response.Url).AbsolutePath.Should().Be("/api/credit_cards");
            Uri.UnescapeDataString(new Uri(response.Url).Query).Should().NotContain("filter").And.NotContain("sort", "the document's examples are in descriptions, so a first Execute lists the whole collection");
            response.Status.Should().Be(200);
            (await response.Request.HeaderValueAsync("authorization")).Should().StartWith("Bearer ", "the token the dialog got must be sent");
            (await response.Request.HeaderValueAsync("accept")).Should().Be("application/vnd.api+json");
            await Expect(docs.ShownStatus("credit_cards", "getCreditCardCollection")).ToHaveTextAsync("200");
            await Expect(docs.ShownHeaders("credit_cards", "getCreditCardCollection")).ToContainTextAsync("content-type: application/vnd.api+json");
            JsonNode shown = JsonNode.Parse(await docs.ShownBody("credit_cards", "getCreditCardCollection").InnerTextAsync())!;
            shown["jsonapi"]!["version"]!.GetValue<string>().Should().Be("1.1");
            shown["data"]!.AsArray().Select(card => (card!["type"]!.GetValue<string>(), card["id"]!.GetValue<string>()))
                .Should().Equal(("credit_cards", cardId));

            await docs.ShownResponse("credit_cards", "getCreditCardCollection").ScreenshotAsync(new LocatorScreenshotOptions { Path = TestArtifacts.PathOf("docs-try-it-out.png") });
        });

        File.Exists(TestArtifacts.PathOf("docs-try-it-out.png")).Should().BeTrue();
        browser.Errors.Should().BeEmpty();
    }
}
