using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Security;
using JsonApiCards.Api.Vault;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.Api.Tests.Support;

/// <summary>
/// The real service, in memory, over its own SQLite file (or its own PostgreSQL database, see <see cref="TestedDatabase"/>), with a fixed clock and fixed vault and signing keys so that
/// every document it returns is the same on every run. It holds one integration credential of each mode, created once
/// and kept across <see cref="ResetDatabaseAsync"/>, whose access tokens it got from <c>POST /oauth/token</c> as a client would.
/// </summary>
public sealed class JsonApiCardsApplication : WebApplicationFactory<Program>
{
    /// <summary>The instant the clock stands at: 2026-03-04T05:06:07.089Z.</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 4, 5, 6, 7, 89, TimeSpan.Zero);

    public const string SigningKeyId = "test-signing-1";

    /// <summary>The signing key (every byte 0x33), for tests that sign tokens of their own.</summary>
    public static readonly byte[] SigningKey = Enumerable.Repeat((byte)0x33, 32).ToArray();

    private readonly TemporaryDirectory _databaseDirectory = new();
    private readonly SemaphoreSlim _credentialsGate = new(1, 1);
    private readonly Dictionary<string, string> _accessTokens = new(StringComparer.Ordinal);

    private string? _postgresConnectionString;

    public string DatabasePath => _databaseDirectory.Combine("cards.db");

    /// <summary>The service's <c>ConnectionStrings:Cards</c>: the SQLite file at <see cref="DatabasePath"/>, or the fixture's PostgreSQL database.</summary>
    public string ConnectionString => TestedDatabase.IsPostgres
        ? _postgresConnectionString ??= Task.Run(PostgresCluster.CreateDatabaseAsync).GetAwaiter().GetResult()
        : $"Data Source={DatabasePath};Pooling=False";

    public SettableTimeProvider Clock { get; } = new(Now);

    public SqlStatementCounter Sql { get; } = new();

    /// <summary>Settings of this host beyond the suite's own, such as a raised limit; set them before the host starts.</summary>
    public Dictionary<string, string> Settings { get; } = new(StringComparer.Ordinal);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", TestedDatabase.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Cards", ConnectionString);
        builder.UseSetting("Vault:KeyEncryptionKey", TestVaultKeys.Key(0x11));
        builder.UseSetting("Vault:FingerprintKey", TestVaultKeys.Key(0x22));
        builder.UseSetting("Auth:ActiveSigningKeyId", SigningKeyId);
        builder.UseSetting($"Auth:SigningKeys:{SigningKeyId}", Convert.ToBase64String(SigningKey));

        // Tests move the clock by hours; the fixture's tokens outlive that, and tests of expiry move it further.
        builder.UseSetting("Auth:TokenLifetime", "1.00:00:00");

        // Moving the clock ages every cached card: the lifecycle's pass runs only when a test runs it (or sets a short interval).
        builder.UseSetting("Vault:RedactionInterval", "10.00:00:00");

        // The suite sends many requests with one credential and from one address; the rate limit tests set their own small buckets.
        foreach (string bucket in new[] { "Callers", "TokenRequestsPerClient", "TokenRequestsPerAddress", "SignInsPerAddress", "SignInsPerEmail" })
        {
            builder.UseSetting($"RateLimits:{bucket}:TokenLimit", "1000000");
            builder.UseSetting($"RateLimits:{bucket}:TokensPerPeriod", "1000000");
        }

        foreach ((string key, string value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(Sql);

            // Client secrets are 256 random bits, which no number of hashing rounds makes stronger; few rounds keep the suite fast.
            services.Configure<PasswordHasherOptions>(options => options.IterationCount = 1_000);
        });
    }

    /// <summary>A client that speaks JSON:API, as a client library would, with an access token of an integration of the mode.</summary>
    /// <exception cref="InvalidOperationException">The credentials are not there yet: call <see cref="ResetDatabaseAsync"/> or <see cref="EnsureCredentialsAsync"/> first.</exception>
    public HttpClient CreateJsonApiClient(string mode = CardsMode.Test)
    {
        HttpClient client = CreateAnonymousJsonApiClient();
        client.DefaultRequestHeaders.Authorization = AuthorizationFor(mode);
        return client;
    }

    /// <summary>
    /// A JSON:API client, with an access token of an integration of the mode, of a factory derived from this one
    /// (<c>WithWebHostBuilder</c>), which shares its database and credentials; bodies are held to the request schemas.
    /// </summary>
    public HttpClient CreateJsonApiClientOf(WebApplicationFactory<Program> host, string mode = CardsMode.Test)
    {
        ArgumentNullException.ThrowIfNull(host);
        HttpClient client = host.CreateDocumentCheckedClient();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(JsonApiHttp.MediaType));
        client.DefaultRequestHeaders.Authorization = AuthorizationFor(mode);
        return client;
    }

    /// <summary>
    /// A plain client, as <see cref="WebApplicationFactory{TEntryPoint}.CreateClient()"/> makes it (following redirects,
    /// keeping cookies), with every body sent to /api held to the document's request schemas.
    /// </summary>
    public new HttpClient CreateClient() => this.CreateDocumentCheckedClient();

    /// <summary>A client that speaks JSON:API but carries no credential.</summary>
    public HttpClient CreateAnonymousJsonApiClient()
    {
        HttpClient client = CreateClientOfServer();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.api+json"));
        return client;
    }

    /// <summary>The <c>Authorization</c> header of the fixture's integration of the mode.</summary>
    public AuthenticationHeaderValue AuthorizationFor(string mode) =>
        _accessTokens.TryGetValue(mode, out string? token)
            ? new AuthenticationHeaderValue("Bearer", token)
            : throw new InvalidOperationException("The fixture has no credentials yet: call ResetDatabaseAsync or EnsureCredentialsAsync first.");

    /// <summary>Creates one integration of each mode, once, and gets their access tokens from <c>POST /oauth/token</c>.</summary>
    public async Task EnsureCredentialsAsync()
    {
        await _credentialsGate.WaitAsync();
        try
        {
            if (_accessTokens.Count > 0)
            {
                return;
            }

            using HttpClient client = CreateClientOfServer();
            foreach (string mode in new[] { CardsMode.Test, CardsMode.Live })
            {
                var (clientId, secret) = await CreateApiClientAsync(mode, $"fixture {mode}");
                _accessTokens[mode] = await GetAccessTokenAsync(client, clientId, secret);
            }
        }
        finally
        {
            _credentialsGate.Release();
        }
    }

    /// <summary>A new integration credential of the mode, as <c>clients create</c> makes it.</summary>
    public async Task<(string ClientId, string Secret)> CreateApiClientAsync(string mode, string name)
    {
        await using AsyncServiceScope scope = Services.CreateAsyncScope();
        var (apiClient, secret) = await scope.ServiceProvider.GetRequiredService<ApiClients>().CreateAsync(mode, name, CancellationToken.None);
        return (apiClient.ClientId, secret);
    }

    /// <summary>Gets an access token with client credentials in a JSON body, and checks the endpoint gave one.</summary>
    public static async Task<string> GetAccessTokenAsync(HttpClient client, string clientId, string secret)
    {
        ArgumentNullException.ThrowIfNull(client);
        using HttpResponseMessage response = await client.PostAsJsonAsync(
            "/oauth/token", new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret });
        string body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue(body);
        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("access_token").GetString()!;
    }

    public CardsDbContext CreateDbContext() => Services.CreateScope().ServiceProvider.GetRequiredService<CardsDbContext>();

    /// <summary>
    /// Empties every table of resources and restarts their ids, so each test starts from the same database with a new data
    /// key per mode; the credentials stay, and this instance's view of revocations and data keys is read again from the clock's start.
    /// </summary>
    public async Task ResetDatabaseAsync()
    {
        _ = Server;
        await using (CardsDbContext dbContext = CreateDbContext())
        {
            await dbContext.Database.ExecuteSqlRawAsync(TestedDatabase.IsPostgres ? EmptyPostgresTables : EmptySqliteTables);
            await PostgresIdentities.CatchUpAsync(dbContext);
        }

        Clock.Set(Now);
        await EnsureCredentialsAsync();
        await Services.GetRequiredService<RevocationList>().RefreshAsync();
        await Services.GetRequiredService<DataKeyRing>().RefreshAsync(CancellationToken.None);
    }

    // The kept card counts stay, at zero, as the delete triggers leave them; ids of the emptied tables start again at 1.
    private const string EmptySqliteTables =
        "DELETE FROM akinon_sessions; DELETE FROM customer_payment_sources; DELETE FROM credit_cards; DELETE FROM orders; DELETE FROM customers; DELETE FROM sqlite_sequence; DELETE FROM vault_data_keys;";

    private const string EmptyPostgresTables =
        "DELETE FROM akinon_sessions; DELETE FROM customer_payment_sources; DELETE FROM credit_cards; DELETE FROM orders; DELETE FROM customers; DELETE FROM vault_data_keys;";

    /// <summary>Adds rows straight to the database, bypassing the API.</summary>
    public async Task SeedAsync(params object[] entities)
    {
        await using CardsDbContext dbContext = CreateDbContext();
        dbContext.AddRange(entities);
        await dbContext.SaveChangesAsync();
        await PostgresIdentities.CatchUpAsync(dbContext);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_postgresConnectionString is not null)
        {
            using var connection = new Npgsql.NpgsqlConnection(_postgresConnectionString);
            Npgsql.NpgsqlConnection.ClearPool(connection);
        }

        _databaseDirectory.Dispose();
        _credentialsGate.Dispose();
    }

    /// <summary>A plain client of the server, in memory or, after <c>UseKestrel</c>, on the port Kestrel listens on.</summary>
    private HttpClient CreateClientOfServer()
    {
        // As CreateClient does without following redirects, with every body sent to /api held to the document's request schemas.
        HttpClient client = CreateDefaultClient(new CookieContainerHandler(), new RequestBodyValidation());
        if (Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() is { } address)
        {
            client.BaseAddress = new Uri(address);
        }

        return client;
    }
}
