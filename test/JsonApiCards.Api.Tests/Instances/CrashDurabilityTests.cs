using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using JsonApiCards.Api.Tests.CreditCards;
using JsonApiCards.Api.Tests.Operations;
using JsonApiCards.Api.Tests.Support;
using Xunit.Abstractions;

namespace JsonApiCards.Api.Tests.Instances;

/// <summary>
/// What the service acknowledged survives the process being killed mid-stream (SIGKILL: no shutdown, no flush, as a crash
/// or an out-of-memory kill ends it): several clients write cards, some with their order in one atomic request, and patch
/// and delete some; the process is killed while they write, started again on the same database, and everything that got
/// its 2xx is there exactly once, readable, with its order link and kept counts. A request in flight at the kill may be
/// there or not, but never half: an atomic request's order is there with its card or not at all.
/// </summary>
[Collection(ServiceProcessesOneAtATime.Name)]
public sealed class CrashDurabilityTests(ITestOutputHelper output)
{
    private const int Writers = 6;
    private const int AcknowledgedWritesPerRound = 40;
    private const string CardFirstName = "Ann";
    private const string PatchedFirstName = "Patched";
    private static readonly TimeSpan RoundTimeout = TimeSpan.FromMinutes(1);

    /// <summary>How many times the process is killed: 3, or <c>CRASH_ROUNDS</c> for a longer run.</summary>
    private static int Crashes => int.TryParse(Environment.GetEnvironmentVariable("CRASH_ROUNDS"), out int rounds) ? rounds : 3;

    [Fact]
    public async Task Every_acknowledged_write_survives_SIGKILL_and_none_is_half_written()
    {
        await using ServiceInstances service = await ServiceInstances.StartAsync(1);
        var ledger = new WriteLedger();

        for (int crash = 0; crash < Crashes; crash++)
        {
            string token = await service.GetAccessTokenAsync(0);
            int killAt = ledger.AcknowledgedCount + AcknowledgedWritesPerRound + Random.Shared.Next(AcknowledgedWritesPerRound);
            Task[] writers = [.. Enumerable.Range(0, Writers).Select(writer => WriteUntilRefusedAsync(service, token, $"c{crash}w{writer}", ledger))];
            await Task.WhenAny(ledger.WaitUntilAcknowledgedAsync(killAt), Task.WhenAll(writers)).WaitAsync(RoundTimeout);

            await service[0].KillAsync();
            await Task.WhenAll(writers);
            ledger.Failures.Should().BeEmpty(service.Output);
            await service.RestartAsync(0);
        }

        output.WriteLine($"{Crashes} SIGKILLs; {ledger.AcknowledgedCount} writes acknowledged, {ledger.InFlightCount} in flight at the kills");
        using HttpClient client = service.CreateJsonApiClient(0, await service.GetAccessTokenAsync(0));
        await AcknowledgedWritesAreStoredExactlyOnceAsync(service.Database, ledger);
        await AcknowledgedCardsAreReadableAsync(client, service.Database, ledger);
        (await client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create())).StatusCode.Should().Be(HttpStatusCode.Created, "the restarted service takes writes");
    }

    private static async Task AcknowledgedWritesAreStoredExactlyOnceAsync(SharedDatabase database, WriteLedger ledger)
    {
        List<StoredCard> cards = [.. (await database.RowsAsync(
                "SELECT c.id, c.last_name, c.first_name, o.id, o.payment_source_id, o.customer_email FROM credit_cards c LEFT JOIN orders o ON o.id = c.order_id"))
            .Select(row => new StoredCard(row[0], row[1], row[2], NullIfEmpty(row[3]), NullIfEmpty(row[4]), NullIfEmpty(row[5])))];
        cards.Select(card => card.Key).Should().OnlyHaveUniqueItems("no write is stored twice");
        cards.Select(card => card.Key).Should().BeSubsetOf(ledger.Writes.Keys, "every stored card was sent by a client");
        Dictionary<string, StoredCard> stored = cards.ToDictionary(card => card.Key);

        foreach (CardWrite write in ledger.Writes.Values)
        {
            stored.TryGetValue(write.Key, out StoredCard? card);
            if (write.Deleted == Outcome.Acknowledged)
            {
                card.Should().BeNull($"the delete of {write.Key} was acknowledged");
                continue;
            }

            if (write.Created == Outcome.Acknowledged && write.Deleted is null)
            {
                card.Should().NotBeNull($"the create of {write.Key} was acknowledged");
                card!.Id.Should().Be(write.Id);
            }

            if (card is null)
            {
                continue;
            }

            if (write.Patched == Outcome.Acknowledged)
            {
                card.FirstName.Should().Be(PatchedFirstName, $"the patch of {write.Key} was acknowledged");
            }
            else if (write.Patched is null)
            {
                card.FirstName.Should().Be(CardFirstName);
            }

            if (write.Atomic)
            {
                card.OrderId.Should().NotBeNull($"{write.Key}'s order was created with it");
                card.OrderPaymentSourceId.Should().Be(card.Id, $"{write.Key}'s order is paid by it");
                card.OrderCustomerEmail.Should().Be(OrderEmail(write.Key));
            }
            else
            {
                card.OrderId.Should().BeNull();
            }
        }

        // No order without the card that was created with it in one atomic request.
        List<string[]> orders = await database.RowsAsync("SELECT customer_email, payment_source_id FROM orders");
        orders.Select(order => order[0]).Should().OnlyHaveUniqueItems()
            .And.BeEquivalentTo(cards.Where(card => card.OrderCustomerEmail is not null).Select(card => card.OrderCustomerEmail));
        (await KeptCardCounts.KeptAsync(database)).Should().BeEquivalentTo(await KeptCardCounts.CountedAsync(database));
    }

    private static async Task AcknowledgedCardsAreReadableAsync(HttpClient client, SharedDatabase database, WriteLedger ledger)
    {
        foreach (CardWrite write in ledger.Writes.Values.Where(write => write is { Created: Outcome.Acknowledged, Deleted: null }))
        {
            (await client.AttributeAsync($"/api/credit_cards/{write.Id}", "full_name")).Should().EndWith(write.Key);
        }

        (await client.GetIdsAndRecordCountAsync("/api/credit_cards")).RecordCount.Should().Be(await database.ScalarAsync("SELECT COUNT(*) FROM credit_cards"));
    }

    /// <summary>
    /// One client's writes until the service stops answering: cards, every third with its order in one atomic request; of
    /// the other cards, some patched and some deleted. Each write notes what it sends before sending it and what was
    /// acknowledged after.
    /// </summary>
    private static async Task WriteUntilRefusedAsync(ServiceInstances service, string token, string writer, WriteLedger ledger)
    {
        using HttpClient client = service.CreateJsonApiClient(0, token);
        try
        {
            for (int sequence = 0; ; sequence++)
            {
                var write = ledger.Start($"{writer}s{sequence}", atomic: sequence % 3 == 2);
                if (write.Atomic)
                {
                    using HttpResponseMessage response = await client.PostOperationsAsync(OrderWithCard(write.Key));
                    if (!ledger.Acknowledge(write, response, HttpStatusCode.OK, await response.Content.ReadAsStringAsync(), id => write.Id = id))
                    {
                        return;
                    }

                    continue;
                }

                using (HttpResponseMessage created = await client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create(firstName: CardFirstName, lastName: write.Key)))
                {
                    if (!ledger.Acknowledge(write, created, HttpStatusCode.Created, await created.Content.ReadAsStringAsync(), id => write.Id = id))
                    {
                        return;
                    }
                }

                if (sequence % 3 == 1)
                {
                    write.Patched = Outcome.InFlight;
                    using HttpResponseMessage patched = await client.PatchDocumentAsync($"/api/credit_cards/{write.Id}",
                        $$"""{ "data": { "type": "credit_cards", "id": "{{write.Id}}", "attributes": { "first_name": "{{PatchedFirstName}}" } } }""");
                    if (!ledger.Acknowledge(write, patched, HttpStatusCode.OK, await patched.Content.ReadAsStringAsync(), _ => write.Patched = Outcome.Acknowledged))
                    {
                        return;
                    }
                }
                else if (sequence % 6 == 0)
                {
                    write.Deleted = Outcome.InFlight;
                    using HttpResponseMessage deleted = await client.DeleteAsync($"/api/credit_cards/{write.Id}");
                    if (!ledger.Acknowledge(write, deleted, HttpStatusCode.NoContent, "", _ => write.Deleted = Outcome.Acknowledged))
                    {
                        return;
                    }
                }
            }
        }
        catch (HttpRequestException)
        {
            // The process was killed: this client's last write is in flight.
        }
    }

    private static string OrderEmail(string key) => $"{key}@example.com";

    private static string OrderWithCard(string key) => $$"""
        {
          "atomic:operations": [
            { "op": "add", "data": { "type": "orders", "lid": "order", "attributes": { "currency_code": "EUR", "total_amount_cents": 4400, "customer_email": "{{OrderEmail(key)}}" } } },
            {
              "op": "add",
              "data": {
                "type": "credit_cards",
                "attributes": { "first_name": "{{CardFirstName}}", "last_name": "{{key}}", "number": "{{CreditCardRequests.VisaNumber}}", "month": "10", "year": "2030", "verification_value": "123" },
                "relationships": { "order": { "data": { "type": "orders", "lid": "order" } } }
              }
            }
          ]
        }
        """;

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private sealed record StoredCard(string Id, string Key, string FirstName, string? OrderId, string? OrderPaymentSourceId, string? OrderCustomerEmail);

    private enum Outcome
    {
        /// <summary>Sent, and no answer came before the kill: it may or may not have been applied, but wholly if at all.</summary>
        InFlight,

        /// <summary>Answered with its 2xx.</summary>
        Acknowledged,
    }

    /// <summary>The writes of one card, by the key its <c>last_name</c> carries.</summary>
    private sealed class CardWrite(string key, bool atomic)
    {
        public string Key { get; } = key;

        /// <summary>Created with its order in one atomic request.</summary>
        public bool Atomic { get; } = atomic;

        public Outcome Created { get; set; } = Outcome.InFlight;

        public string? Id { get; set; }

        public Outcome? Patched { get; set; }

        public Outcome? Deleted { get; set; }
    }

    /// <summary>Every write the clients sent, what was acknowledged, and any answer that was neither an acknowledgement nor a lost connection.</summary>
    private sealed class WriteLedger
    {
        private int _acknowledged;

        public ConcurrentDictionary<string, CardWrite> Writes { get; } = new();

        public ConcurrentBag<string> Failures { get; } = [];

        public int AcknowledgedCount => Volatile.Read(ref _acknowledged);

        public int InFlightCount => Writes.Values.Count(write => write.Created == Outcome.InFlight || write.Patched == Outcome.InFlight || write.Deleted == Outcome.InFlight);

        public CardWrite Start(string key, bool atomic) => Writes[key] = new CardWrite(key, atomic);

        /// <summary>
        /// Notes the answer: on the expected status, calls <paramref name="acknowledge"/> with the primary data's id (of the
        /// created card) and returns true; otherwise notes a failure and returns false.
        /// </summary>
        public bool Acknowledge(CardWrite write, HttpResponseMessage response, HttpStatusCode expected, string body, Action<string?> acknowledge)
        {
            if (response.StatusCode != expected)
            {
                Failures.Add($"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri} of {write.Key}: {(int)response.StatusCode} {body}");
                return false;
            }

            string? id = body.Length == 0 ? null : CreatedCardId(body);
            if (write.Created == Outcome.InFlight)
            {
                write.Created = Outcome.Acknowledged;
            }

            acknowledge(id);
            Interlocked.Increment(ref _acknowledged);
            return true;
        }

        public async Task WaitUntilAcknowledgedAsync(int count)
        {
            while (AcknowledgedCount < count)
            {
                await Task.Delay(5);
            }
        }

        private static string CreatedCardId(string body)
        {
            using var document = JsonDocument.Parse(body);
            JsonElement root = document.RootElement;
            JsonElement card = root.TryGetProperty("atomic:results", out JsonElement results) ? results[1] : root;
            return card.GetProperty("data").GetProperty("id").GetString()!;
        }
    }
}
