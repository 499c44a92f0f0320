using System.Net.Http.Headers;
using System.Text.Json;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.Instances;

/// <summary>
/// Processes of the service on one database, configured as a deployment behind a load balancer configures them: the same
/// database, signing keys and vault keys, each its own port. The first command of the executable migrates the database
/// and makes the test-mode integration the requests use. An instance may be killed, stopped and started again on the
/// same database, as a platform restarts one.
/// </summary>
internal sealed class ServiceInstances : IAsyncDisposable
{
    /// <summary>How long a revocation made on one instance may go unnoticed by the other (<c>Auth:RevocationRefreshInterval</c>).</summary>
    public static readonly TimeSpan RevocationBound = TimeSpan.FromSeconds(2);

    private static readonly string[] LimitedBuckets = ["Callers", "TokenRequestsPerClient", "TokenRequestsPerAddress"];

    private readonly SharedDatabase _database;
    private readonly string[] _configuration;
    private readonly ServiceProcess[] _instances;

    private ServiceInstances(SharedDatabase database, string[] configuration, ServiceProcess[] instances, string clientId, string clientSecret)
    {
        _database = database;
        _configuration = configuration;
        _instances = instances;
        ClientId = clientId;
        ClientSecret = clientSecret;
    }

    public SharedDatabase Database => _database;

    public string ClientId { get; }

    public string ClientSecret { get; }

    /// <summary>The instance of this number (from 0).</summary>
    public ServiceProcess this[int instance] => _instances[instance];

    /// <summary>
    /// Starts <paramref name="count"/> instances on a new database of the tested provider, each with the deployment's
    /// configuration and then <paramref name="settings"/> (<c>--Key=Value</c>).
    /// </summary>
    public static async Task<ServiceInstances> StartAsync(int count, params string[] settings)
    {
        SharedDatabase database = await SharedDatabase.CreateAsync(TestedDatabase.Provider);
        string[] configuration = [.. Configuration(database), .. settings];
        var (exitCode, output, error) = await ServiceExecutable.RunAsync(["clients", "create", "--mode", "test", "--name", "Instances", .. configuration]);
        exitCode.Should().Be(0, error);
        using var created = JsonDocument.Parse(output);
        string clientId = created.RootElement.GetProperty("client_id").GetString()!;
        string secret = created.RootElement.GetProperty("client_secret").GetString()!;

        ServiceProcess[] instances = await Task.WhenAll(Enumerable.Range(0, count).Select(_ => ServiceProcess.StartAsync(configuration)));
        return new ServiceInstances(database, configuration, instances, clientId, secret);
    }

    /// <summary>Starts the instance again on the same database and configuration, once its process has ended.</summary>
    public async Task RestartAsync(int instance)
    {
        await _instances[instance].DisposeAsync();
        _instances[instance] = await ServiceProcess.StartAsync(_configuration);
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

    /// <summary>What the instances wrote, for a failing test's message.</summary>
    public string Output => string.Join('\n', _instances.Select((instance, number) => $"instance {number}:\n{instance.Output}"));

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

        // The instances serve one test client from one address, more often than the default buckets allow.
        .. LimitedBuckets.SelectMany(bucket => new[]
        {
            $"--RateLimits:{bucket}:TokenLimit=1000000", $"--RateLimits:{bucket}:TokensPerPeriod=1000000",
        }),
    ];
}
