using Microsoft.Playwright;

namespace JsonApiCards.Browser.Tests.Support;

/// <summary>
/// One headless chromium page on the service, recording every URL it requests and every error its scripts report (a
/// script or style the service's headers, such as <c>nosniff</c>, would block shows there). A failing test leaves a screenshot of the
/// page as it was in <see cref="TestArtifacts"/>.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly List<string> _requestedUrls = [];
    private readonly List<string> _errors = [];

    private BrowserSession(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
        page.Request += (_, request) => Record(_requestedUrls, request.Url);
        page.PageError += (_, error) => Record(_errors, error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Record(_errors, message.Text);
            }
        };
    }

    public IPage Page { get; }

    public IReadOnlyList<string> RequestedUrls => Snapshot(_requestedUrls);

    /// <summary>Uncaught exceptions and console errors of the page's scripts.</summary>
    public IReadOnlyList<string> Errors => Snapshot(_errors);

    /// <summary>A page whose relative URLs resolve against the service; waits (never sleeps) up to 30 s for what a machine under load is slow to show.</summary>
    public static async Task<BrowserSession> OpenAsync(Uri service)
    {
        ArgumentNullException.ThrowIfNull(service);
        string executablePath = Chromium.ExecutablePath;
        IPlaywright playwright = await Playwright.CreateAsync();
        IBrowser browser = await Chromium.LaunchAsync(playwright, executablePath);
        IPage page = await browser.NewPageAsync(new BrowserNewPageOptions
        {
            BaseURL = service.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        page.SetDefaultTimeout((float)Patience.TotalMilliseconds);
        Assertions.SetDefaultExpectTimeout((float)Patience.TotalMilliseconds);
        return new BrowserSession(playwright, browser, page);
    }

    /// <summary>Runs the steps of a test; if one fails, screenshots the whole page as <c>NAME-failure.png</c> first.</summary>
    public async Task RunAsync(string name, Func<IPage, Task> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        try
        {
            await steps(Page);
        }
        catch
        {
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = TestArtifacts.PathOf($"{name}-failure.png"), FullPage = true });
            throw;
        }
    }

    private static void Record(List<string> list, string entry)
    {
        lock (list)
        {
            list.Add(entry);
        }
    }

    private static string[] Snapshot(List<string> list)
    {
        lock (list)
        {
            return [.. list];
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
