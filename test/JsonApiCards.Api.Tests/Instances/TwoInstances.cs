using System.Net.Http.Headers;
using System.Text.Json;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.Instances;

/// <summary>
/// Two processes of the service on one database, configured as a deployment behind a load balancer configures them: the
/// same database, signing keys and vault keys, each its own port. The first command of the executable migrates the database
/// and makes the test-mode integration the requests use.
/// </summary>
internal sealed class TwoInstances : IAsyncDisposable
{
    /// <summary>How long a revocation made on one instance may go unnoticed by the other (<c>Auth:RevocationRefreshInterval</c>).</summary>
    public static readonly TimeSpan RevocationBound = TimeSpan.FromSeconds(2);

    private static readonly string[] LimitedBuckets = ["Callers", "TokenRequestsPerClient", "TokenRequestsPerAddress"];

    private readonly SharedDatabase _database;
    private readonly ServiceProcess[] _instances;

    private TwoInstances(SharedDatabase database, ServiceProcess[] instances, string clientId, string clientSecret)
    {
        _database = database;
        _instances = instances;
        ClientId = clientId;
        ClientSecret = clientSecret;
    }

    public SharedDatabase Database => _database;

    public string ClientId { get; }

    public string ClientSecret { get; }

    /// <summary>The instance of this number (0 or 1).</summary>
    public ServiceProcess this[int instance] => _instances[instance];

    public static async Task<TwoInstances> StartAsync()
    {
        SharedDatabase database = await SharedDatabase.CreateAsync(TestedDatabase.Provider);
        string[] configuration = Configuration(database);
        var (exitCode, output, error) = await ServiceExecutable.RunAsync(["clients", "create", "--mode", "test", "--name", "Two instances", .. configuration]);
        exitCode.Should().Be(0, error);
        using var created = JsonDocument.Parse(output);
        string clientId = created.RootElement.GetProperty("client_id").GetString()!;
        string secret = created.RootElement.GetProperty("client_secret").GetString()!;

        ServiceProcess[] instances = await Task.WhenAll(ServiceProcess.StartAsync(configuration), ServiceProcess.StartAsync(configuration));
        return new TwoInstances(database, instances, clientId, secret);
    }

    /// <summary>A new access token of the integration, from the instance.</summary>
    public async Task<string> GetAccessTokenAsync(int instance)
    {
        using HttpClient client = _instances[instance].CreateClient();
        return await Support.JsonApiCardsApplication.GetAccessTokenAsync(client, ClientId, ClientSecret);
    }

    /// <summary>A JSON:API client of the instance, with the token.</summary>
    public HttpClient CreateJsonApiClient(int instance, string token)
    {
        HttpClient client = _instances[instance].CreateClient();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(JsonApiHttp.MediaType));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>What both instances wrote, for a failing test's message.</summary>
    public string Output => $"instance 0:\n{_instances[0].Output}\ninstance 1:\n{_instances[1].Output}";

    public async ValueTask DisposeAsync()
    {
        foreach (ServiceProcess instance in _instances)
        {
            await instance.DisposeAsync();
        }

        _database.Dispose();
    }

    private static string[] Configuration(SharedDatabase database) =>
    [
        .. database.ServiceConfiguration,
        $"--Vault:KeyEncryptionKey={TestVaultKeys.Key(0x11)}",
        $"--Vault:FingerprintKey={TestVaultKeys.Key(0x22)}",
        $"--Auth:ActiveSigningKeyId={JsonApiCardsApplication.SigningKeyId}",
        $"--Auth:SigningKeys:{JsonApiCardsApplication.SigningKeyId}={Convert.ToBase64String(JsonApiCardsApplication.SigningKey)}",
        $"--Auth:RevocationRefreshInterval={RevocationBound:c}",
        "--Logging:LogLevel:Default=Warning",
        "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information",

        // Both instances serve one test client from one address, more often than the default buckets allow.
        .. LimitedBuckets.SelectMany(bucket => new[]
        {
            $"--RateLimits:{bucket}:TokenLimit=1000000", $"--RateLimits:{bucket}:TokensPerPeriod=1000000",
        }),
    ];
}
