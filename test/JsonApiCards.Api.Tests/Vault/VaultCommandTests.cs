using System.Text.Json;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.CreditCards;
using JsonApiCards.Api.Tests.Support;
using JsonApiCards.Api.Vault;
using Microsoft.EntityFrameworkCore;

namespace JsonApiCards.Api.Tests.Vault;

/// <summary>
/// <c>vault rotate|keys|remove-key</c>, run by the service's own executable against the database the service uses:
/// rotation re-encrypts every card of a mode under a new key and says what it did; a key is removed only once it is
/// retired and no card needs it.
/// </summary>
public sealed class VaultCommandTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Fact]
    public async Task Rotating_one_mode_re_encrypts_its_cards_in_batches_and_reports_the_old_key_as_removable()
    {
        using HttpClient live = App.CreateJsonApiClient(CardsMode.Live);
        foreach (string number in new[] { "4111111111111111", "5555555555554444", "4012888888881881" })
        {
            await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create(number: number));
        }

        await live.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create());
        VaultDataKey oldTestKey = await App.ActiveDataKeyAsync(CardsMode.Test);
        VaultDataKey liveKey = await App.ActiveDataKeyAsync(CardsMode.Live);

        var (exitCode, output, error) = await App.RunVaultCommandAsync("vault", "rotate", "--mode", "test", "--batch-size", "2");

        exitCode.Should().Be(VaultCommand.Succeeded, error);
        VaultDataKey newTestKey = await App.ActiveDataKeyAsync(CardsMode.Test);
        output.Should().Be($$"""{"mode":"test","new_key_id":"{{newTestKey.Id}}","re_encrypted":3,"retired_key_ids":["{{oldTestKey.Id}}"],"unreadable_card_ids":[]}""" + Environment.NewLine);
        await using var db = App.CreateDbContext();
        (await db.CreditCards.OrderBy(card => card.Id).Select(card => card.NumberKeyId).ToListAsync()).Should().Equal(newTestKey.Id, newTestKey.Id, newTestKey.Id, liveKey.Id);
        (await App.DecryptNumberAsync(1)).Should().Be("4111111111111111");
        (await App.DecryptNumberAsync(3)).Should().Be("4012888888881881");
        (await App.ActiveDataKeyAsync(CardsMode.Live)).Id.Should().Be(liveKey.Id, "only the mode asked for rotates");
    }

    [Fact]
    public async Task A_card_that_does_not_decrypt_keeps_its_key_and_is_reported()
    {
        await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create());
        await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create(number: "5555555555554444"));
        await App.CopyCiphertextAsync(fromCardId: 1, toCardId: 2);
        VaultDataKey oldKey = await App.ActiveDataKeyAsync(CardsMode.Test);

        var (exitCode, output, error) = await App.RunVaultCommandAsync("vault", "rotate", "--mode", "test");

        exitCode.Should().Be(VaultCommand.Incomplete);
        using var result = JsonDocument.Parse(output);
        result.RootElement.GetProperty("re_encrypted").GetInt32().Should().Be(1);
        result.RootElement.GetProperty("unreadable_card_ids").EnumerateArray().Select(id => id.GetInt64()).Should().Equal(2);
        result.RootElement.GetProperty("retired_key_ids").GetArrayLength().Should().Be(0, "card 2 still names the old key");
        error.Should().Contain("Cards of test mode that do not decrypt under their key keep it (the log says why): 2.");
        (await App.RunVaultCommandAsync("vault", "remove-key", oldKey.Id)).ExitCode.Should().Be(VaultCommand.Refused);
    }

    [Fact]
    public async Task A_key_is_removed_only_once_it_is_retired_and_no_card_needs_it()
    {
        await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create());
        VaultDataKey oldKey = await App.ActiveDataKeyAsync(CardsMode.Test);

        var whileActive = await App.RunVaultCommandAsync("vault", "remove-key", oldKey.Id);
        await App.CreateNewActiveKeyAsync(CardsMode.Test);
        var whileUsed = await App.RunVaultCommandAsync("vault", "remove-key", oldKey.Id);
        (await Client.DeleteAsync("/api/credit_cards/1")).IsSuccessStatusCode.Should().BeTrue();
        var unused = await App.RunVaultCommandAsync("vault", "remove-key", oldKey.Id);
        var again = await App.RunVaultCommandAsync("vault", "remove-key", oldKey.Id);

        whileActive.ExitCode.Should().Be(VaultCommand.Refused);
        whileActive.Error.Should().Contain($"The vault data key '{oldKey.Id}' is active");
        whileUsed.ExitCode.Should().Be(VaultCommand.Refused);
        whileUsed.Error.Should().Contain($"Cards are still encrypted under the vault data key '{oldKey.Id}'");
        unused.ExitCode.Should().Be(VaultCommand.Succeeded, unused.Error);
        unused.Output.Should().Be($$"""{"removed_key_id":"{{oldKey.Id}}"}""" + Environment.NewLine);
        again.ExitCode.Should().Be(VaultCommand.NotFound);
        await using var db = App.CreateDbContext();
        (await db.VaultDataKeys.AnyAsync(key => key.Id == oldKey.Id)).Should().BeFalse();
    }

    [Fact]
    public async Task Keys_lists_every_key_with_its_state_and_cards_but_no_key_material()
    {
        await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create());
        VaultDataKey testKey = await App.ActiveDataKeyAsync(CardsMode.Test);

        var (exitCode, output, error) = await App.RunVaultCommandAsync("vault", "keys");

        exitCode.Should().Be(VaultCommand.Succeeded, error);
        output.Should().NotContain("wrapped");
        using var keys = JsonDocument.Parse(output);
        JsonElement listed = keys.RootElement.EnumerateArray().Single(key => key.GetProperty("id").GetString() == testKey.Id);
        listed.EnumerateObject().Select(property => property.Name).Should().Equal("id", "mode", "state", "created_at", "cards");
        listed.GetProperty("state").GetString().Should().Be("active");
        listed.GetProperty("cards").GetInt32().Should().Be(1);
    }

    [Theory]
    [InlineData("vault")]
    [InlineData("vault", "rotate", "--mode", "staging")]
    [InlineData("vault", "rotate", "--mode", "test", "--mode", "live")]
    [InlineData("vault", "rotate", "--batch-size", "0")]
    [InlineData("vault", "rotate", "--batch-size", "many")]
    [InlineData("vault", "rotate", "--batch-size")]
    [InlineData("vault", "keys", "all")]
    [InlineData("vault", "remove-key")]
    public async Task Bad_arguments_exit_2_with_the_usage_on_standard_error(params string[] args)
    {
        var (exitCode, output, error) = await App.RunVaultCommandAsync(args);

        exitCode.Should().Be(VaultCommand.BadArguments);
        output.Should().BeEmpty();
        error.Should().Contain("usage: vault rotate");
    }

    [Fact]
    public async Task Program_runs_the_command_from_its_own_arguments()
    {
        var (exitCode, output, error) = await ServiceExecutable.RunAsync(["vault", "keys", .. TestVaultKeys.ServiceConfiguration(App)]);

        exitCode.Should().Be(0, error);
        using var keys = JsonDocument.Parse(output);
        keys.RootElement.EnumerateArray().Select(key => key.GetProperty("mode").GetString()).Should().Contain(["test", "live"]);
    }
}
