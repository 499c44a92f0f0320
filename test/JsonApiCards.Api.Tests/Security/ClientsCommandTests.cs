using System.Net;
using System.Text.Json;
using JsonApiCards.Api.Security;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.Security;

/// <summary>
/// <c>clients create|list|disable</c>, run by the service's own executable against the database the service uses: the
/// credential it prints gets a token from the running service, and the secret is shown once, on standard output only.
/// </summary>
public sealed class ClientsCommandTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Fact]
    public async Task Create_prints_the_new_credential_once_and_it_gets_a_token_of_its_mode()
    {
        var (exitCode, output, error) = await RunAsync("clients", "create", "--mode", "live", "--name", "Corner shop");

        exitCode.Should().Be(0, error);
        output.TrimEnd('\n').Should().NotContain("\n", "the credential is one line, so a script can take the last line of the output");
        using var created = JsonDocument.Parse(output);
        created.RootElement.EnumerateObject().Select(property => property.Name).Should().Equal("client_id", "client_secret", "mode");
        created.RootElement.GetProperty("mode").GetString().Should().Be("live");
        string clientId = created.RootElement.GetProperty("client_id").GetString()!;
        string secret = created.RootElement.GetProperty("client_secret").GetString()!;
        error.Should().NotContain(secret);

        using HttpClient client = App.CreateAnonymousJsonApiClient();
        var response = await client.PostFormWithBasicAsync("/oauth/token", clientId, secret, ("grant_type", "client_credentials"));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.ReadJsonAsync()).GetProperty("scope").GetString().Should().Be("mode:live");
    }

    [Fact]
    public async Task List_shows_every_client_without_its_secret_and_disable_stops_its_tokens()
    {
        var (clientId, secret) = await App.CreateApiClientAsync("test", "Corner shop");

        var disabled = await RunAsync("clients", "disable", clientId);
        var list = await RunAsync("clients", "list");

        disabled.ExitCode.Should().Be(0, disabled.Error);
        list.ExitCode.Should().Be(0, list.Error);
        list.Output.Should().NotContain(secret).And.NotContain("secret");
        using var clients = JsonDocument.Parse(list.Output);
        JsonElement listed = clients.RootElement.EnumerateArray().Single(client => client.GetProperty("client_id").GetString() == clientId);
        listed.GetProperty("name").GetString().Should().Be("Corner shop");
        listed.GetProperty("mode").GetString().Should().Be("test");
        listed.GetProperty("created_at").GetDateTime().Should().Be(JsonApiCardsApplication.Now.UtcDateTime);
        listed.GetProperty("disabled_at").ValueKind.Should().Be(JsonValueKind.String);
        using HttpClient client = App.CreateAnonymousJsonApiClient();
        var response = await client.PostFormWithBasicAsync("/oauth/token", clientId, secret, ("grant_type", "client_credentials"));
        await response.ShouldBeOAuthErrorAsync(HttpStatusCode.Unauthorized, "invalid_client");
    }

    [Theory]
    [InlineData(2, "clients")]
    [InlineData(2, "clients", "create", "--name", "no mode")]
    [InlineData(2, "clients", "create", "--mode", "staging", "--name", "x")]
    [InlineData(2, "clients", "create", "--mode", "test")]
    [InlineData(2, "clients", "create", "--mode", "test", "--name", "x", "--colour", "red")]
    [InlineData(2, "clients", "list", "everything")]
    [InlineData(2, "clients", "disable")]
    [InlineData(1, "clients", "disable", "no-such-client")]
    public async Task Bad_arguments_and_unknown_clients_exit_non_zero_with_a_message_on_standard_error(int expectedExitCode, params string[] args)
    {
        var (exitCode, output, error) = await RunAsync(args);

        exitCode.Should().Be(expectedExitCode);
        output.Should().BeEmpty();
        error.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Program_runs_the_command_from_its_own_arguments_and_prints_only_json_on_standard_output()
    {
        var (exitCode, output, error) = await ServiceExecutable.RunAsync(
            ["clients", "create", "--mode", "test", "--name", "From a shell", .. ServiceConfiguration()], ("Logging__LogLevel__Default", "Information"));

        exitCode.Should().Be(0, error);
        using var created = JsonDocument.Parse(output);
        created.RootElement.GetProperty("mode").GetString().Should().Be("test");
        error.Should().NotContain(created.RootElement.GetProperty("client_secret").GetString());
    }

    /// <summary>The configuration the fixture's service runs with: its database and its vault secrets, which the service checks at start-up.</summary>
    private string[] ServiceConfiguration() => TestVaultKeys.ServiceConfiguration(App);

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exitCode = await ClientsCommand.RunAsync([.. args, .. ServiceConfiguration()], output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
