using System.Net;
using System.Text.Json;
using JsonApiCards.Api.Security;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.Adapters.Ottu;

/// <summary><c>api-keys create|list|disable</c>: the keys the Ottu routes take, made by the service's own executable like <c>clients</c>.</summary>
public sealed class ApiKeysCommandTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    private const string ListBody = """{ "type": "sandbox", "customer_id": "cus-42" }""";

    [Fact]
    public async Task Create_prints_the_key_once_and_it_opens_the_ottu_routes_of_its_mode()
    {
        var (exitCode, output, error) = await RunAsync("api-keys", "create", "--mode", "test", "--name", "Corner shop");

        exitCode.Should().Be(0, error);
        output.TrimEnd('\n').Should().NotContain("\n");
        using var created = JsonDocument.Parse(output);
        created.RootElement.EnumerateObject().Select(property => property.Name).Should().Equal("api_key", "mode");
        created.RootElement.GetProperty("mode").GetString().Should().Be("test");
        string key = created.RootElement.GetProperty("api_key").GetString()!;
        error.Should().NotContain(key);
        using HttpClient ottu = App.CreateOttuClient(key);
        (await ottu.PostCardsJsonAsync(ListBody)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task List_shows_every_key_without_its_secret_and_disable_stops_it_at_once()
    {
        // Arrange
        string key = await App.CreateApiKeyAsync("test", "Corner shop");
        string keyId = key.Split('.')[0];
        using HttpClient ottu = App.CreateOttuClient(key);
        (await ottu.PostCardsJsonAsync(ListBody)).StatusCode.Should().Be(HttpStatusCode.OK);

        // Act
        var disabled = await RunAsync("api-keys", "disable", keyId);
        var list = await RunAsync("api-keys", "list");

        // Assert
        disabled.ExitCode.Should().Be(0, disabled.Error);
        list.ExitCode.Should().Be(0, list.Error);
        list.Output.Should().NotContain(key.Split('.')[1]);
        using var keys = JsonDocument.Parse(list.Output);
        JsonElement listed = keys.RootElement.EnumerateArray().Single(item => item.GetProperty("key_id").GetString() == keyId);
        listed.EnumerateObject().Select(property => property.Name).Should().Equal("key_id", "name", "mode", "created_at", "disabled_at");
        listed.GetProperty("name").GetString().Should().Be("Corner shop");
        listed.GetProperty("disabled_at").ValueKind.Should().Be(JsonValueKind.String);
        await (await ottu.PostCardsJsonAsync(ListBody)).ShouldBeOttuErrorAsync(HttpStatusCode.Unauthorized, """{"detail":"Incorrect authentication credentials."}""");
    }

    [Fact]
    public async Task The_database_keeps_only_a_hash_of_the_secret()
    {
        string key = await App.CreateApiKeyAsync("live", "Corner shop");

        await using var db = App.CreateDbContext();
        ApiKey stored = db.ApiKeys.Single(row => row.KeyId == key.Split('.')[0]);

        stored.SecretHash.Should().NotContain(key.Split('.')[1]);
        stored.Mode.Should().Be("live");
    }

    [Theory]
    [InlineData(2, "api-keys")]
    [InlineData(2, "api-keys", "create", "--mode", "sandbox", "--name", "x")]
    [InlineData(2, "api-keys", "create", "--mode", "test")]
    [InlineData(2, "api-keys", "list", "everything")]
    [InlineData(1, "api-keys", "disable", "no-such-key")]
    public async Task Bad_arguments_and_unknown_keys_exit_non_zero_with_a_message_on_standard_error(int expectedExitCode, params string[] args)
    {
        var (exitCode, output, error) = await RunAsync(args);

        exitCode.Should().Be(expectedExitCode);
        output.Should().BeEmpty();
        error.Should().NotBeNullOrWhiteSpace();
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exitCode = await ApiKeysCommand.RunAsync([.. args, .. TestVaultKeys.ServiceConfiguration(App)], output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
