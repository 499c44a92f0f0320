using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace JsonApiCards.Benchmarks.Load;

/// <summary>
/// <c>soak --url URL --token TOKEN --api-key KEY --pid PID [--minutes M] [--warmup-minutes W] [--clients N]
/// [--sample-seconds S] [--cards N] --output FILE --machine TEXT</c>: a mixed workload for a bounded time (reads, includes,
/// creates, updates, deletes, the Akinon saved-cards list and the Ottu card list), sampling the host process's working set
/// (VmRSS in <c>/proc/PID/status</c>) every few seconds. Reports throughput, p99 and the working set over time, and
/// exits 1 when the working set after warm-up moves by more than 10% or any request got an answer it should not have.
/// </summary>
internal static class SoakRun
{
    private const string JsonApi = "application/vnd.api+json";
    private const string Password = "soak password 1";

    private static readonly JsonSerializerOptions WithoutNulls = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    /// <summary>The document of a new card.</summary>
    private static readonly string NewCard = Resource("credit_cards", attributes: new
    {
        first_name = "Ann", last_name = "Smith", number = "4111111111111111", month = "10", year = "2030", verification_value = "123",
    });

    /// <summary>One request of each kind a client sends, in this order, round after round.</summary>
    private static readonly Func<SoakClient, Task>[] Round =
    [
        client => client.GetAsync("get_card", $"/api/credit_cards/{client.RandomCardId()}"),
        client => client.GetAsync("page_with_count", $"/api/credit_cards?page[number]={client.Random.Next(1, 400)}&page[size]=25"),
        client => client.GetAsync("akinon_saved_cards", "/users/saved-cards/?page=1&limit=10", client.AkinonSession),
        client => client.GetAsync("filter_and_sort", "/api/credit_cards?filter[q][card_type_eq]=visa&sort=-created_at&page[size]=25"),
        client => client.ListOttuCardsAsync(),
        client => client.GetAsync("include_order_customer", "/api/credit_cards?include=order.customer&page[size]=25"),
        client => client.CreateAndDeleteCardAsync(),
        client => client.GetAsync("get_card", $"/api/credit_cards/{client.RandomCardId()}"),
        client => client.UpdateCardAsync(),
        client => client.GetAsync("akinon_saved_cards", "/users/saved-cards/?page=1&limit=10", client.AkinonSession),
        client => client.ListOttuCardsAsync(),
        client => client.GetAsync("get_customer_with_wallet", $"/api/customers/{client.CustomerId}?include=customer_payment_sources.payment_source"),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var settings = new SoakSettings(
            new Uri(CommandLine.RequiredOption(args, "--url")),
            CommandLine.RequiredOption(args, "--token"),
            CommandLine.RequiredOption(args, "--api-key"),
            CommandLine.IntOption(args, "--pid", 0),
            TimeSpan.FromMinutes(CommandLine.IntOption(args, "--minutes", 10)),
            TimeSpan.FromMinutes(CommandLine.IntOption(args, "--warmup-minutes", 2)),
            CommandLine.IntOption(args, "--clients", 8),
            TimeSpan.FromSeconds(CommandLine.IntOption(args, "--sample-seconds", 5)),
            CommandLine.IntOption(args, "--cards", 100_000));
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = settings.Clients, UseCookies = false }) { BaseAddress = settings.Url };
        var recorder = new SoakRecorder();
        SoakClient[] clients = [.. await Task.WhenAll(Enumerable.Range(0, settings.Clients).Select(client => SoakClient.CreateAsync(http, settings, recorder, client)))];

        List<SoakSample> samples = [];
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource(settings.Duration);
        Task[] running = [.. clients.Select(client => client.RunAsync(stop.Token))];
        using var sampling = new PeriodicTimer(settings.SampleInterval);
        while (await sampling.WaitForNextTickAsync() && clock.Elapsed < settings.Duration)
        {
            samples.Add(recorder.Sample(clock.Elapsed, WorkingSetMegabytes(settings.ProcessId)));
            Console.Error.WriteLine(samples[^1].ToRow());
        }

        await Task.WhenAll(running);
        samples.Add(recorder.Sample(clock.Elapsed, WorkingSetMegabytes(settings.ProcessId)));

        SoakVerdict verdict = SoakVerdict.Of(samples.Where(sample => sample.Elapsed >= settings.Warmup).ToList(), recorder);
        await File.WriteAllTextAsync(CommandLine.RequiredOption(args, "--output"), Report(settings, CommandLine.RequiredOption(args, "--machine"), recorder, samples, verdict));
        Console.Error.WriteLine(verdict.Summary);
        return verdict.Passed ? 0 : 1;
    }

    private static double WorkingSetMegabytes(int processId)
    {
        string line = File.ReadLines($"/proc/{processId}/status").First(line => line.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
    }

    private static string Report(SoakSettings settings, string machine, SoakRecorder recorder, List<SoakSample> samples, SoakVerdict verdict)
    {
        var report = new StringBuilder()
            .AppendLine("# Soak: a mixed workload for a bounded time, and the working set over it")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"{machine}, {settings.Clients} clients for {settings.Duration.TotalMinutes:F0} min, working set (VmRSS of the benchmark host process) sampled every {settings.SampleInterval.TotalSeconds:F0} s, the first {settings.Warmup.TotalMinutes:F0} min counted as warm-up. Generated {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC by `test/JsonApiCards.Benchmarks/soak.sh`.")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"**{verdict.Summary}**")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture,
                $"Median working set of each minute after warm-up (MB): {string.Join(", ", SoakVerdict.MinuteMedians(samples.Where(sample => sample.Elapsed >= settings.Warmup).ToList()).Select(median => median.ToString("F1", CultureInfo.InvariantCulture)))}.")
            .AppendLine()
            .AppendLine("| request | count | req/s | p50 ms | p99 ms |")
            .AppendLine("|---|---:|---:|---:|---:|");
        foreach (var (name, latencies) in recorder.ByRequest())
        {
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| {name} | {latencies.Length} | {latencies.Length / samples[^1].Elapsed.TotalSeconds:F1} | {Percentiles.Of(latencies, 0.50):F2} | {Percentiles.Of(latencies, 0.99):F2} |");
        }

        report.AppendLine()
            .AppendLine("| t (s) | req/s | p99 ms | errors | working set MB |")
            .AppendLine("|---:|---:|---:|---:|---:|");
        foreach (SoakSample sample in samples)
        {
            report.AppendLine(sample.ToRow());
        }

        return report.ToString();
    }

    private static string Resource(string type, string? id = null, object? attributes = null, object? relationships = null) =>
        JsonSerializer.Serialize(new { data = new { type, id, attributes, relationships } }, WithoutNulls);

    private sealed record SoakSettings(
        Uri Url, string Token, string ApiKey, int ProcessId, TimeSpan Duration, TimeSpan Warmup, int Clients, TimeSpan SampleInterval, int Cards);

    /// <summary>
    /// One client of the soak: a customer of its own with a password and an Ottu reference, a card in its wallet, and an
    /// Akinon session, made through the public routes before the run.
    /// </summary>
    private sealed class SoakClient
    {
        private readonly HttpClient _http;
        private readonly SoakSettings _settings;
        private readonly SoakRecorder _recorder;
        private readonly string _reference;
        private int _updates;

        private SoakClient(HttpClient http, SoakSettings settings, SoakRecorder recorder, int number, string customerId, string akinonSession)
        {
            _http = http;
            _settings = settings;
            _recorder = recorder;
            _reference = Reference(number);
            Random = new Random(number);
            CustomerId = customerId;
            AkinonSession = akinonSession;
        }

        public Random Random { get; }

        public string CustomerId { get; }

        /// <summary>The <c>Cookie</c> header of the client's Akinon session.</summary>
        public string AkinonSession { get; }

        public static async Task<SoakClient> CreateAsync(HttpClient http, SoakSettings settings, SoakRecorder recorder, int number)
        {
            string email = $"soak-{Environment.ProcessId}-{number}@bench.example";
            string customer = await CreatedIdAsync(http, settings, "/api/customers",
                Resource("customers", attributes: new { email, password = Password, reference = Reference(number) }));
            string card = await CreatedIdAsync(http, settings, "/api/credit_cards", NewCard);
            await CreatedIdAsync(http, settings, "/api/customer_payment_sources",
                Resource("customer_payment_sources", relationships: new
                {
                    customer = new { data = new { type = "customers", id = customer } },
                    payment_source = new { data = new { type = "credit_cards", id = card } },
                }));
            return new SoakClient(http, settings, recorder, number, customer, await SignInToAkinonAsync(http, email));
        }

        public async Task RunAsync(CancellationToken stop)
        {
            for (int request = 0; !stop.IsCancellationRequested; request++)
            {
                await Round[request % Round.Length](this);
            }
        }

        public int RandomCardId() => Random.Next(1, _settings.Cards + 1);

        public async Task GetAsync(string name, string path, string? cookie = null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            if (cookie is null)
            {
                Authorize(request);
            }
            else
            {
                request.Headers.Add("Cookie", cookie);
            }

            using HttpResponseMessage response = await SendAsync(name, request, HttpStatusCode.OK);
        }

        public async Task ListOttuCardsAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/b/pbl/v2/card/")
            {
                Content = new StringContent($$"""{"type":"sandbox","customer_id":"{{_reference}}"}""", Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Api-Key", _settings.ApiKey);
            using HttpResponseMessage response = await SendAsync("ottu_card_list", request, HttpStatusCode.OK);
        }

        /// <summary>A new card, and every other time its delete: the table grows by half the creates.</summary>
        public async Task CreateAndDeleteCardAsync()
        {
            using var create = new HttpRequestMessage(HttpMethod.Post, "/api/credit_cards") { Content = Document(NewCard) };
            Authorize(create);
            using HttpResponseMessage created = await SendAsync("create_card", create, HttpStatusCode.Created);
            if (created.StatusCode != HttpStatusCode.Created || Random.Next(2) == 0)
            {
                return;
            }

            using var delete = new HttpRequestMessage(HttpMethod.Delete, created.Headers.Location);
            Authorize(delete);
            using HttpResponseMessage deleted = await SendAsync("delete_card", delete, HttpStatusCode.NoContent);
        }

        public async Task UpdateCardAsync()
        {
            int id = RandomCardId();
            string name = ++_updates % 2 == 0 ? "Ann" : "Anna";
            using var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/credit_cards/{id}")
            {
                Content = Document(Resource("credit_cards", id.ToString(CultureInfo.InvariantCulture), new { first_name = name })),
            };
            Authorize(request);
            using HttpResponseMessage response = await SendAsync("update_card", request, HttpStatusCode.OK);
        }

        private static string Reference(int number) => $"soak-{Environment.ProcessId}-{number}";

        private async Task<HttpResponseMessage> SendAsync(string name, HttpRequestMessage request, HttpStatusCode expected)
        {
            long started = Stopwatch.GetTimestamp();
            HttpResponseMessage response = await _http.SendAsync(request);
            await response.Content.LoadIntoBufferAsync();
            _recorder.Record(name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (response.StatusCode != expected)
            {
                _recorder.Fail($"{request.Method} {request.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }

            return response;
        }

        private void Authorize(HttpRequestMessage request)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _settings.Token);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(JsonApi));
        }

        private static StringContent Document(string json)
        {
            var content = new StringContent(json, Encoding.UTF8);
            content.Headers.ContentType = new MediaTypeHeaderValue(JsonApi);
            return content;
        }

        private static async Task<string> CreatedIdAsync(HttpClient http, SoakSettings settings, string path, string body)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = Document(body) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.Token);
            using HttpResponseMessage response = await http.SendAsync(request);
            string answer = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.Created)
            {
                throw new InvalidOperationException($"POST {path} answered {(int)response.StatusCode}: {answer}");
            }

            using var document = JsonDocument.Parse(answer);
            return document.RootElement.GetProperty("data").GetProperty("id").GetString()!;
        }

        /// <summary>Akinon's sign-in as a storefront sends it: a CSRF token first, then the email and password; returns the session cookie.</summary>
        private static async Task<string> SignInToAkinonAsync(HttpClient http, string email)
        {
            using HttpResponseMessage csrf = await http.GetAsync("/csrf_token/");
            using var csrfDocument = JsonDocument.Parse(await csrf.Content.ReadAsStringAsync());
            string token = csrfDocument.RootElement.GetProperty("csrf_token").GetString()!;
            using var signIn = new HttpRequestMessage(HttpMethod.Post, "/users/login/")
            {
                Content = new StringContent(JsonSerializer.Serialize(new { email, password = Password }), Encoding.UTF8, "application/json"),
            };
            signIn.Headers.Add("Cookie", $"csrftoken={token}");
            signIn.Headers.Add("x-csrftoken", token);
            using HttpResponseMessage signedIn = await http.SendAsync(signIn);
            string answer = await signedIn.Content.ReadAsStringAsync();
            if (signedIn.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"Akinon sign-in answered {(int)signedIn.StatusCode}: {answer}");
            }

            using var session = JsonDocument.Parse(answer);
            return $"osessionid={session.RootElement.GetProperty("key").GetString()}";
        }
    }
}
