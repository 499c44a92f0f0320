using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JsonApiCards.Browser.Tests.Docs;

/// <summary>What a person does on Swagger UI at <c>/docs</c>, found by the ids and labels Swagger UI gives its elements.</summary>
public sealed class SwaggerUiPage(IPage page)
{
    public const string Path = "/docs";

    /// <summary>Opens the page and waits until it has rendered the served document.</summary>
    public async Task OpenAsync()
    {
        await page.GotoAsync(Path);
        await Expect(page.Locator(".swagger-ui .information-container .title")).ToContainTextAsync("JsonApiCards");
    }

    public ILocator Tag(string tag) => page.Locator($"[id='operations-tag-{tag}']");

    public ILocator Operation(string tag, string operationId) => page.Locator($"[id='operations-{tag}-{operationId}']");

    /// <summary>Shows a tag's operations (Swagger UI lists tags collapsed).</summary>
    public async Task ExpandTagAsync(string tag)
    {
        ILocator heading = Tag(tag);
        if (await heading.GetAttributeAsync("data-is-open") != "true")
        {
            await heading.ClickAsync();
        }

        await Expect(heading).ToHaveAttributeAsync("data-is-open", "true");
    }

    /// <summary>Authorize → the dialog's OAuth2 client credentials flow, whose fields and buttons the returned locator holds.</summary>
    public async Task<ILocator> OpenClientCredentialsFlowAsync()
    {
        await page.Locator(".auth-wrapper button.authorize").ClickAsync();
        ILocator flow = page.Locator(".modal-ux .auth-container").Filter(new() { HasText = "(OAuth2, clientCredentials)" });
        await Expect(flow).ToBeVisibleAsync();
        return flow;
    }

    /// <summary>Fills the client's id and secret into the flow, Authorize, and closes the dialog once it says Authorized.</summary>
    public async Task AuthorizeAsync(ILocator flow, string clientId, string secret)
    {
        ArgumentNullException.ThrowIfNull(flow);
        await flow.GetByLabel("client_id:").FillAsync(clientId);
        await flow.GetByLabel("client_secret:").FillAsync(secret);
        await flow.GetByRole(AriaRole.Button, new() { Name = "Apply given OAuth2 credentials" }).ClickAsync();

        await Expect(flow.GetByRole(AriaRole.Heading, new() { Name = "Authorized" })).ToBeVisibleAsync();
        await flow.GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();
        await Expect(page.Locator(".modal-ux")).ToHaveCountAsync(0);
    }

    /// <summary>Opens an operation, Try it out → Execute, and returns the response the browser got.</summary>
    public async Task<IResponse> TryItOutAsync(string tag, string operationId)
    {
        await ExpandTagAsync(tag);
        ILocator operation = Operation(tag, operationId);
        await operation.Locator(".opblock-summary-control").ClickAsync();
        await operation.GetByRole(AriaRole.Button, new() { Name = "Try it out" }).ClickAsync();
        return await page.RunAndWaitForResponseAsync(
            () => operation.GetByRole(AriaRole.Button, new() { Name = "Execute" }).ClickAsync(),
            response => response.Request.ResourceType is "fetch" or "xhr" && !response.Url.Contains("/oauth/", StringComparison.Ordinal));
    }

    /// <summary>The status code Swagger UI shows for the response to the last Execute of an operation.</summary>
    public ILocator ShownStatus(string tag, string operationId) => Operation(tag, operationId).Locator(".live-responses-table .response .response-col_status");

    /// <summary>The response body Swagger UI shows for it, pretty-printed.</summary>
    public ILocator ShownBody(string tag, string operationId) => Operation(tag, operationId).Locator(".live-responses-table .response .response-col_description pre.microlight").First;

    /// <summary>What Swagger UI shows of the last Execute of an operation: the curl command, the request URL, the status, body and headers.</summary>
    public ILocator ShownResponse(string tag, string operationId) => Operation(tag, operationId).Locator(".responses-inner > div").First;

    /// <summary>The response headers Swagger UI shows for it.</summary>
    public ILocator ShownHeaders(string tag, string operationId) => Operation(tag, operationId).Locator(".live-responses-table .response .response-col_description pre.microlight").Last;
}
