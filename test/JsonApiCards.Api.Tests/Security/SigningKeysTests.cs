using JsonApiCards.Api.Data;
using JsonApiCards.Api.Security;
using JsonApiCards.Api.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace JsonApiCards.Api.Tests.Security;

/// <summary>Signing keys come from configuration by key id; only Development generates them, once, into a file outside the repository.</summary>
public sealed class SigningKeysTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Tokens_live_two_hours_and_revocations_reach_every_instance_within_five_seconds_unless_configured()
    {
        var options = new AuthOptions();

        options.TokenLifetime.Should().Be(TimeSpan.FromHours(2));
        options.RevocationRefreshInterval.Should().Be(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Production_without_signing_keys_fails_at_start_up_with_a_clear_message()
    {
        await using WebApplication app = Build(Environments.Production, []);

        var start = () => app.StartAsync();

        (await start.Should().ThrowAsync<OptionsValidationException>()).WithMessage("No token signing keys are configured for the 'Production' environment.*");
    }

    [Theory]
    [InlineData("c2hvcnQ=", "k1", "*Auth:SigningKeys:k1 must be base64 of at least 32 bytes*")]
    [InlineData(null, "k2", "*Auth:ActiveSigningKeyId is 'k2', but there is no Auth:SigningKeys:k2*")]
    public async Task Short_keys_and_an_active_key_id_without_its_key_fail_at_start_up(string? key, string activeKeyId, string message)
    {
        await using WebApplication app = Build(Environments.Production, new()
        {
            ["Auth:SigningKeys:k1"] = key ?? TestVaultKeys.Key(0x01),
            ["Auth:ActiveSigningKeyId"] = activeKeyId,
        });

        var start = () => app.StartAsync();

        (await start.Should().ThrowAsync<OptionsValidationException>()).WithMessage(message);
    }

    [Fact]
    public async Task Development_without_keys_generates_them_once_into_the_key_file_so_tokens_survive_a_restart()
    {
        string keyFile = _directory.Combine("signing-keys.json");
        IReadOnlyList<string> firstKeys;
        await using (WebApplication first = Build(Environments.Development, new() { ["Auth:DevelopmentKeyFile"] = keyFile }))
        {
            firstKeys = KeysOf(first);
        }

        await using WebApplication second = Build(Environments.Development, new() { ["Auth:DevelopmentKeyFile"] = keyFile });

        KeysOf(second).Should().Equal(firstKeys).And.ContainSingle();
        second.Services.GetRequiredService<IOptions<AuthOptions>>().Value.ActiveSigningKeyId.Should().Be(DevelopmentSigningKeys.KeyId);
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(keyFile).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    [Fact]
    public async Task Staging_does_not_generate_keys()
    {
        string keyFile = _directory.Combine("signing-keys.json");
        await using WebApplication app = Build(Environments.Staging, new() { ["Auth:DevelopmentKeyFile"] = keyFile });

        var start = () => app.StartAsync();

        await start.Should().ThrowAsync<OptionsValidationException>();
        File.Exists(keyFile).Should().BeFalse();
    }

    private static List<string> KeysOf(WebApplication app) =>
        [.. app.Services.GetRequiredService<SigningKeyRing>().ValidationKeys.Select(key => Convert.ToBase64String(((Microsoft.IdentityModel.Tokens.SymmetricSecurityKey)key).Key))];

    // The content root is the empty temporary directory, so no appsettings file adds keys of its own.
    private WebApplication Build(string environmentName, Dictionary<string, string?> configuration)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = environmentName, ContentRootPath = _directory.Path });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.AddCardsData();
        builder.AddCardsSecurity();
        return builder.Build();
    }
}
