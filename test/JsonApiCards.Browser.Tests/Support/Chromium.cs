using Microsoft.Playwright;

namespace JsonApiCards.Browser.Tests.Support;

/// <summary>
/// Debian's chromium, driven by Playwright, which cannot download a browser of its own here. A missing browser fails the
/// test with how to install it: a browser test that skips would pass CI without ever having run.
/// </summary>
public static class Chromium
{
    public const string PathVariable = "CHROMIUM_PATH";

    public const string DefaultPath = "/usr/bin/chromium";

    public static string ExecutablePath
    {
        get
        {
            string path = Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } configured ? configured : DefaultPath;
            return File.Exists(path)
                ? path
                : throw new InvalidOperationException(
                    $"No chromium at {path}: install it with `apt-get install -y chromium`, or set {PathVariable} to a Chromium or Chrome executable.");
        }
    }

    /// <summary>A headless chromium; its sandbox cannot run as root, so it is off only then.</summary>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright, string executablePath)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executablePath,
            Headless = true,
            ChromiumSandbox = Environment.UserName != "root",
        });
    }
}
