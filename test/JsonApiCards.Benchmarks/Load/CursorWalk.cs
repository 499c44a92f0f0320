using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using JsonApiCards.JsonApi;

namespace JsonApiCards.Benchmarks.Load;

/// <summary>
/// <c>walk --url http://127.0.0.1:PORT --token TOKEN --path PATH --page N [--seconds S]</c>: reads the first page of
/// <c>PATH</c> by cursor (the profile in <c>Accept</c>) on the running service and follows <c>links.next</c> N - 1
/// times, then prints the number of the page reached and its path and query, tab-separated, for load.sh to measure. A
/// cursor is opaque and protected, so only the host that serves it can make one. The walk stops early at the last page
/// (a small database may hold fewer pages) and gives up after S seconds (default 300).
/// </summary>
internal static class CursorWalk
{
    private const int ProgressEvery = 250;

    public static async Task<int> RunAsync(string[] args)
    {
        var service = new Uri(CommandLine.RequiredOption(args, "--url"));
        string token = CommandLine.RequiredOption(args, "--token");
        string path = CommandLine.RequiredOption(args, "--path");
        int target = CommandLine.IntOption(args, "--page", 1000);
        int seconds = CommandLine.IntOption(args, "--seconds", 300);

        using var budget = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        using var client = new HttpClient { BaseAddress = service, Timeout = TimeSpan.FromSeconds(seconds) };
        client.DefaultRequestHeaders.Host = BenchmarkSettings.Host;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        client.DefaultRequestHeaders.Accept.Add(MediaTypeWithQualityHeaderValue.Parse($"application/vnd.api+json; profile=\"{CursorPaginationProfile.Uri}\""));

        var stopwatch = Stopwatch.StartNew();
        string current = path;
        int page = 1;
        try
        {
            while (page < target)
            {
                string? next = await NextOfAsync(client, current, budget.Token);
                if (next is null)
                {
                    break;
                }

                current = next;
                page++;
                if (page % ProgressEvery == 0)
                {
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"walk {path}: page {page} after {stopwatch.Elapsed.TotalSeconds:0.0} s"));
                }
            }
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested)
        {
            Console.Error.WriteLine($"walk {path}: still at page {page} after {seconds} s; gave up");
            return 1;
        }
        catch (WalkFailedException failure)
        {
            Console.Error.WriteLine($"walk {path}: page {page}: {failure.Message}");
            return 1;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{page}\t{current}"));
        return 0;
    }

    /// <summary>The path and query of the page after <paramref name="current"/>, or null on the last page.</summary>
    private static async Task<string?> NextOfAsync(HttpClient client, string current, CancellationToken cancellationToken)
    {
        using HttpResponseMessage response = await client.GetAsync(current, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new WalkFailedException($"{current} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }

        await using Stream body = await response.Content.ReadAsStreamAsync(cancellationToken);
        using JsonDocument document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        return document.RootElement.GetProperty("links").TryGetProperty("next", out JsonElement next) && next.ValueKind == JsonValueKind.String
            ? new Uri(next.GetString()!).PathAndQuery
            : null;
    }

    private sealed class WalkFailedException(string message) : Exception(message);
}
