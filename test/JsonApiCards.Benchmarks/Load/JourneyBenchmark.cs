using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace JsonApiCards.Benchmarks.Load;

/// <summary>
/// <c>journey --url URL --token TOKEN --host HOST [--clients N] [--seconds S] [--warmup S] --output FILE --machine TEXT</c>:
/// the walk-through's first four writes (a customer, an order for it, a card on the order, the card in the customer's
/// wallet), done by N clients at once, first as one atomic operations request with local ids, then as the four single
/// requests a client sends one after another, each naming the id the one before returned. Reports journeys per second and
/// each journey's p50 and p99; every response must be the success its request expects, or the run fails.
/// </summary>
internal static class JourneyBenchmark
{
    private const string JsonApi = "application/vnd.api+json";
    private const string Atomic = "application/vnd.api+json; ext=\"https://jsonapi.org/ext/atomic\"";
    private const string CardAttributes = """{"first_name":"Ann","last_name":"Smith","number":"4111111111111111","month":"10","year":"2030","verification_value":"123"}""";

    private static int _journeys;

    public static async Task<int> RunAsync(string[] args)
    {
        var settings = new JourneySettings(
            new Uri(CommandLine.RequiredOption(args, "--url")),
            CommandLine.RequiredOption(args, "--token"),
            CommandLine.RequiredOption(args, "--host"),
            CommandLine.IntOption(args, "--clients", 16),
            TimeSpan.FromSeconds(CommandLine.IntOption(args, "--seconds", 8)),
            TimeSpan.FromSeconds(CommandLine.IntOption(args, "--warmup", 2)));
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = settings.Clients }) { BaseAddress = settings.Url };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", settings.Token);
        http.DefaultRequestHeaders.Host = settings.Host;

        var rows = new List<string>();
        var journeys = new (string Name, Func<HttpClient, Task> Journey)[] { ("atomic (1 request)", AtomicJourneyAsync), ("singles (4 requests)", SingleRequestsJourneyAsync) };

        // Both kinds warm up before either is measured: they share the resource services, so whichever ran second would
        // otherwise find that code already compiled and tiered up, and look faster than it is.
        foreach (var (_, journey) in journeys)
        {
            await MeasureAsync(http, journey, settings.Clients, settings.Warmup);
        }

        // One client shows what a journey costs by itself; the configured number shows what they cost side by side, where
        // on SQLite every write waits for the one write turn. Each kind is measured in two halves, in the order A B B A:
        // the database is still busy for a while after a burst of writes (PostgreSQL's checkpoints and vacuum), and
        // whichever kind ran first took all of that (a one-client journey measured first ran at half its speed).
        foreach (int clients in new[] { 1, settings.Clients }.Distinct())
        {
            TimeSpan half = settings.Duration / 2;
            var first = await MeasureAsync(http, journeys[0].Journey, clients, half);
            var second = await MeasureAsync(http, journeys[1].Journey, clients, half);
            second = second.And(await MeasureAsync(http, journeys[1].Journey, clients, half));
            first = first.And(await MeasureAsync(http, journeys[0].Journey, clients, half));
            foreach (var (name, measured) in new[] { (journeys[0].Name, first), (journeys[1].Name, second) })
            {
                rows.Add(FormattableString.Invariant($"| {name} | {clients} | {measured.PerSecond:F0} | {measured.Percentile(0.50):F2} | {measured.Percentile(0.99):F2} |"));
                Console.Error.WriteLine(rows[^1]);
            }
        }

        string report = new StringBuilder()
            .AppendLine("# Atomic operations: one request against the four it replaces")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"{CommandLine.RequiredOption(args, "--machine")}, 1 and {settings.Clients} clients, {settings.Duration.TotalSeconds:F0} s each in two halves (atomic, singles, singles, atomic) after {settings.Warmup.TotalSeconds:F0} s of warm-up. Generated {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC by `test/JsonApiCards.Benchmarks/load.sh --atomic`.")
            .AppendLine("A journey: create a customer, an order for it, a card on the order, and the wallet entry of the card.")
            .AppendLine()
            .AppendLine("| journey | clients | journeys/s | p50 ms | p99 ms |")
            .AppendLine("|---|---:|---:|---:|---:|")
            .AppendJoin(Environment.NewLine, rows).AppendLine()
            .ToString();
        await File.WriteAllTextAsync(CommandLine.RequiredOption(args, "--output"), report);
        return 0;
    }

    private static async Task<JourneyMeasurement> MeasureAsync(HttpClient http, Func<HttpClient, Task> journey, int clients, TimeSpan duration)
    {
        var latencies = new List<double>[clients];
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
        {
            latencies[client] = [];
            while (clock.Elapsed < duration)
            {
                long started = Stopwatch.GetTimestamp();
                await journey(http);
                latencies[client].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }));
        return new JourneyMeasurement([.. latencies.SelectMany(list => list).Order()], clock.Elapsed);
    }

    private static async Task AtomicJourneyAsync(HttpClient http)
    {
        string email = NextEmail();
        string body = """
            {"atomic:operations":[
              {"op":"add","data":{"type":"customers","lid":"customer","attributes":{"email":"@email"}}},
              {"op":"add","data":{"type":"orders","lid":"order","attributes":{"currency_code":"EUR","total_amount_cents":4400},"relationships":{"customer":{"data":{"type":"customers","lid":"customer"}}}}},
              {"op":"add","data":{"type":"credit_cards","lid":"card","attributes":@card_attributes,"relationships":{"order":{"data":{"type":"orders","lid":"order"}}}}},
              {"op":"add","data":{"type":"customer_payment_sources","relationships":{"customer":{"data":{"type":"customers","lid":"customer"}},"payment_source":{"data":{"type":"credit_cards","lid":"card"}}}}}
            ]}
            """.Replace("@card_attributes", CardAttributes, StringComparison.Ordinal).Replace("@email", email, StringComparison.Ordinal);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/operations") { Content = Content(body, Atomic) };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(Atomic));
        using HttpResponseMessage response = await http.SendAsync(request);
        await ExpectAsync(response, HttpStatusCode.OK);
    }

    private static async Task SingleRequestsJourneyAsync(HttpClient http)
    {
        string customer = await CreateAsync(http, "/api/customers", """{"data":{"type":"customers","attributes":{"email":"@email"}}}""".Replace("@email", NextEmail(), StringComparison.Ordinal));
        string order = await CreateAsync(http, "/api/orders", """{"data":{"type":"orders","attributes":{"currency_code":"EUR","total_amount_cents":4400},"relationships":{"customer":{"data":{"type":"customers","id":"@customer"}}}}}""".Replace("@customer", customer, StringComparison.Ordinal));
        string card = await CreateAsync(http, "/api/credit_cards", """{"data":{"type":"credit_cards","attributes":@card_attributes,"relationships":{"order":{"data":{"type":"orders","id":"@order"}}}}}"""
            .Replace("@card_attributes", CardAttributes, StringComparison.Ordinal).Replace("@order", order, StringComparison.Ordinal));
        await CreateAsync(http, "/api/customer_payment_sources", """{"data":{"type":"customer_payment_sources","relationships":{"customer":{"data":{"type":"customers","id":"@customer"}},"payment_source":{"data":{"type":"credit_cards","id":"@card"}}}}}"""
            .Replace("@customer", customer, StringComparison.Ordinal).Replace("@card", card, StringComparison.Ordinal));
    }

    private static async Task<string> CreateAsync(HttpClient http, string path, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = Content(body, JsonApi) };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(JsonApi));
        using HttpResponseMessage response = await http.SendAsync(request);
        await ExpectAsync(response, HttpStatusCode.Created);
        await using Stream stream = await response.Content.ReadAsStreamAsync();
        using JsonDocument document = await JsonDocument.ParseAsync(stream);
        return document.RootElement.GetProperty("data").GetProperty("id").GetString()!;
    }

    private static async Task ExpectAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}, not {(int)expected}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static StringContent Content(string body, string mediaType)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        return content;
    }

    private static string NextEmail() => $"journey-{Environment.ProcessId}-{Interlocked.Increment(ref _journeys)}@bench.example";

    private sealed record JourneySettings(Uri Url, string Token, string Host, int Clients, TimeSpan Duration, TimeSpan Warmup);

    private sealed record JourneyMeasurement(double[] SortedMilliseconds, TimeSpan Elapsed)
    {
        public double PerSecond => SortedMilliseconds.Length / Elapsed.TotalSeconds;

        /// <summary>This measurement and <paramref name="other"/> as one.</summary>
        public JourneyMeasurement And(JourneyMeasurement other) => new([.. SortedMilliseconds.Concat(other.SortedMilliseconds).Order()], Elapsed + other.Elapsed);

        public double Percentile(double fraction) => Percentiles.Of(SortedMilliseconds, fraction);
    }
}
