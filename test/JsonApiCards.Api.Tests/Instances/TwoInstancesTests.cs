using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using JsonApiCards.Api.Tests.Security;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.Instances;

/// <summary>
/// Several instances on one database, as a deployment behind a load balancer runs them: two processes of the service write
/// at the same time, each request of a client's sequence to the other instance than the one before, and what they
/// acknowledged is in the database exactly once, with its kept counts, order numbers and tokens as one instance keeps them.
/// </summary>
[Collection(ServiceProcessesOneAtATime.Name)]
public sealed class TwoInstancesTests
{
    private const int Writers = 8;
    private const int SequencesPerWriter = 4;

    private static readonly JsonSerializerOptions WithoutNulls = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private static readonly object Card = new
    {
        first_name = "Ann", last_name = "Smith", number = "4111111111111111", month = "10", year = "2030", verification_value = "123",
    };

    [Fact]
    public async Task Concurrent_writes_to_two_instances_are_each_stored_exactly_once()
    {
        await using ServiceInstances instances = await ServiceInstances.StartAsync(2);
        var acknowledged = new Acknowledged();

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => WriteAsync(instances, writer, acknowledged)));

        acknowledged.Failures.Should().BeEmpty(instances.Output);
        acknowledged.Tokens.Should().HaveCount(Writers * 2).And.OnlyHaveUniqueItems();
        SharedDatabase database = instances.Database;
        (await IdsAsync(database, "customers")).Should().BeEquivalentTo(acknowledged.Customers);
        (await IdsAsync(database, "orders")).Should().BeEquivalentTo(acknowledged.Orders.Keys);
        (await database.RowsAsync("SELECT id, number FROM orders")).Select(row => (row[0], row[1]))
            .Should().BeEquivalentTo(acknowledged.Orders.Select(order => (order.Key, order.Value)));
        (await database.ScalarAsync("SELECT COUNT(DISTINCT number) FROM orders")).Should().Be(acknowledged.Orders.Count);
        (await IdsAsync(database, "credit_cards")).Should().BeEquivalentTo(acknowledged.Cards.Except(acknowledged.DeletedCards));
        (await IdsAsync(database, "customer_payment_sources")).Should().BeEquivalentTo(acknowledged.WalletEntries.Keys.Except(acknowledged.DeletedWalletEntries));
        (await database.RowsAsync("SELECT payment_source_token, customer_token FROM customer_payment_sources")).SelectMany(tokens => tokens)
            .Should().OnlyHaveUniqueItems().And.BeEquivalentTo(acknowledged.WalletEntries
                .Where(entry => !acknowledged.DeletedWalletEntries.Contains(entry.Key))
                .SelectMany(entry => new[] { entry.Value.PaymentSourceToken, entry.Value.CustomerToken }));
        (await KeptCardCounts.KeptAsync(database)).Should().BeEquivalentTo(await KeptCardCounts.CountedAsync(database));
        long cards = await database.ScalarAsync("SELECT COUNT(*) FROM credit_cards");
        foreach (int instance in new[] { 0, 1 })
        {
            using HttpClient client = instances.CreateJsonApiClient(instance, await instances.GetAccessTokenAsync(instance));
            (await client.GetIdsAndRecordCountAsync("/api/credit_cards")).RecordCount.Should().Be(cards);
        }
    }

    [Fact]
    public async Task A_token_revoked_on_one_instance_is_refused_by_the_other_within_the_bound()
    {
        await using ServiceInstances instances = await ServiceInstances.StartAsync(2);
        string token = await instances.GetAccessTokenAsync(0);
        using HttpClient here = instances.CreateJsonApiClient(0, token);
        using HttpClient there = instances.CreateJsonApiClient(1, token);
        (await there.GetAsync("/api/credit_cards")).StatusCode.Should().Be(HttpStatusCode.OK);

        var revoked = await here.PostFormAsync("/oauth/revoke", ("token", token), ("client_id", instances.ClientId), ("client_secret", instances.ClientSecret));
        var sinceRevoked = Stopwatch.StartNew();

        revoked.StatusCode.Should().Be(HttpStatusCode.OK);
        (await here.GetAsync("/api/credit_cards")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        HttpStatusCode status;
        do
        {
            status = (await there.GetAsync("/api/credit_cards")).StatusCode;
        }
        while (status == HttpStatusCode.OK && sinceRevoked.Elapsed < ServiceInstances.RevocationBound * 2);

        status.Should().Be(HttpStatusCode.Unauthorized);
        sinceRevoked.Elapsed.Should().BeLessThan(ServiceInstances.RevocationBound + TimeSpan.FromSeconds(1), "the other instance reads the revocations once per bound");
    }

    /// <summary>
    /// One client's sequences: a customer, an order with its number, a card paying it and the card saved to the wallet; every
    /// other sequence then deletes the wallet entry and the card. Each request goes to the other instance than the one before.
    /// </summary>
    private static async Task WriteAsync(ServiceInstances instances, int writer, Acknowledged acknowledged)
    {
        string[] tokens = await Task.WhenAll(instances.GetAccessTokenAsync(0), instances.GetAccessTokenAsync(1));
        foreach (string token in tokens)
        {
            acknowledged.Tokens.Add(TokenId(token));
        }

        HttpClient[] clients = [instances.CreateJsonApiClient(0, tokens[0]), instances.CreateJsonApiClient(1, tokens[1])];
        int requests = writer;
        HttpClient Next() => clients[requests++ % 2];
        try
        {
            for (int sequence = 0; sequence < SequencesPerWriter; sequence++)
            {
                JsonElement? customer = await CreateAsync(Next(), acknowledged, "/api/customers",
                    Document("customers", new { email = $"writer{writer}.sequence{sequence}@example.com" }));
                if (customer is null)
                {
                    return;
                }

                string customerId = customer.Value.GetProperty("id").GetString()!;
                acknowledged.Customers.Add(customerId);
                JsonElement? order = await CreateAsync(Next(), acknowledged, "/api/orders",
                    Document("orders", new { currency_code = "EUR", total_amount_cents = 4400 }, new { customer = Linkage("customers", customerId) }));
                if (order is null)
                {
                    return;
                }

                string orderId = order.Value.GetProperty("id").GetString()!;
                acknowledged.Orders[orderId] = order.Value.GetProperty("attributes").GetProperty("number").GetString()!;
                JsonElement? card = await CreateAsync(Next(), acknowledged, "/api/credit_cards",
                    Document("credit_cards", Card, new { order = Linkage("orders", orderId) }));
                if (card is null)
                {
                    return;
                }

                string cardId = card.Value.GetProperty("id").GetString()!;
                acknowledged.Cards.Add(cardId);
                JsonElement? entry = await CreateAsync(Next(), acknowledged, "/api/customer_payment_sources",
                    Document("customer_payment_sources", relationships: new { customer = Linkage("customers", customerId), payment_source = Linkage("credit_cards", cardId) }));
                if (entry is null)
                {
                    return;
                }

                string entryId = entry.Value.GetProperty("id").GetString()!;
                JsonElement attributes = entry.Value.GetProperty("attributes");
                acknowledged.WalletEntries[entryId] = (attributes.GetProperty("payment_source_token").GetString()!, attributes.GetProperty("customer_token").GetString()!);
                if (sequence % 2 == 1)
                {
                    if (!await DeleteAsync(Next(), acknowledged, $"/api/customer_payment_sources/{entryId}"))
                    {
                        return;
                    }

                    acknowledged.DeletedWalletEntries.Add(entryId);
                    if (!await DeleteAsync(Next(), acknowledged, $"/api/credit_cards/{cardId}"))
                    {
                        return;
                    }

                    acknowledged.DeletedCards.Add(cardId);
                }
            }
        }
        finally
        {
            foreach (HttpClient client in clients)
            {
                client.Dispose();
            }
        }
    }

    /// <summary>The created resource's primary data when the instance answered 201, else null and the failure noted.</summary>
    private static async Task<JsonElement?> CreateAsync(HttpClient client, Acknowledged acknowledged, string url, string document)
    {
        using HttpResponseMessage response = await client.PostDocumentAsync(url, document);
        string body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.Created)
        {
            acknowledged.Failures.Add($"POST {url} on {client.BaseAddress}: {(int)response.StatusCode} {body}");
            return null;
        }

        using var created = JsonDocument.Parse(body);
        return created.RootElement.GetProperty("data").Clone();
    }

    private static async Task<bool> DeleteAsync(HttpClient client, Acknowledged acknowledged, string url)
    {
        using HttpResponseMessage response = await client.DeleteAsync(url);
        if (response.StatusCode != HttpStatusCode.NoContent)
        {
            acknowledged.Failures.Add($"DELETE {url} on {client.BaseAddress}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return false;
        }

        return true;
    }

    private static string Document(string type, object? attributes = null, object? relationships = null) =>
        JsonSerializer.Serialize(new { data = new { type, attributes, relationships } }, WithoutNulls);

    private static object Linkage(string type, string id) => new { data = new { type, id } };

    private static string TokenId(string token)
    {
        string payload = token.Split('.')[1].Replace('-', '+').Replace('_', '/');
        using var claims = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '='))));
        return claims.RootElement.GetProperty("jti").GetString()!;
    }

    private static async Task<List<string>> IdsAsync(SharedDatabase database, string table) =>
        [.. (await database.RowsAsync($"SELECT id FROM {table}")).Select(row => row[0])];

    /// <summary>What the instances acknowledged (201, 204), by id, and what they refused.</summary>
    private sealed class Acknowledged
    {
        public ConcurrentBag<string> Failures { get; } = [];

        public ConcurrentBag<string> Tokens { get; } = [];

        public ConcurrentBag<string> Customers { get; } = [];

        public ConcurrentDictionary<string, string> Orders { get; } = new();

        public ConcurrentBag<string> Cards { get; } = [];

        public ConcurrentDictionary<string, (string PaymentSourceToken, string CustomerToken)> WalletEntries { get; } = new();

        public ConcurrentBag<string> DeletedWalletEntries { get; } = [];

        public ConcurrentBag<string> DeletedCards { get; } = [];
    }
}
