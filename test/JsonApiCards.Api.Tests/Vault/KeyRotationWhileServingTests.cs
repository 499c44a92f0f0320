using System.Net;
using System.Text.Json;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.CreditCards;
using JsonApiCards.Api.Tests.Support;
using JsonApiCards.Api.Vault;
using Microsoft.EntityFrameworkCore;

namespace JsonApiCards.Api.Tests.Vault;

/// <summary>
/// <c>vault rotate</c> against the database of a service that keeps taking cards, behind Kestrel as in production: the
/// service starts encrypting under the new keys within its refresh interval, the command re-encrypts everything written
/// before, and afterwards every number decrypts under its mode's new key and the old keys can be removed.
/// </summary>
public sealed class KeyRotationWhileServingTests : KestrelTest
{
    /// <summary>Past the service's <c>Vault:KeyRefreshInterval</c> (10 s) on its clock, so each write reads the keys again.</summary>
    private static readonly TimeSpan PastTheRefreshInterval = TimeSpan.FromSeconds(11);

    [Fact]
    public async Task Rotating_while_cards_are_written_leaves_every_number_under_the_new_keys_and_the_old_keys_removable()
    {
        using HttpClient test = CreateClient();
        using HttpClient live = App.CreateJsonApiClient(CardsMode.Live);
        string[] numbers = ["4111111111111111", "5555555555554444", "378282246310005"];
        List<(long Id, string Number)> written = [];
        async Task WriteAsync(HttpClient client, int index)
        {
            string number = numbers[index % numbers.Length];
            var response = await client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create(number: number, verificationValue: number.Length == 15 ? "1234" : "123"));
            response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            written.Add((long.Parse(document.RootElement.GetProperty("data").GetProperty("id").GetString()!, System.Globalization.CultureInfo.InvariantCulture), number));
        }

        for (int index = 0; index < 5; index++)
        {
            await WriteAsync(index % 2 == 0 ? test : live, index);
        }

        VaultDataKey[] oldKeys = [await App.ActiveDataKeyAsync(CardsMode.Test), await App.ActiveDataKeyAsync(CardsMode.Live)];

        Task<(int ExitCode, string Output, string Error)> rotation = App.RunVaultCommandAsync("vault", "rotate", "--batch-size", "2");
        int duringRotation = 0;
        while (!rotation.IsCompleted)
        {
            await WriteAsync(duringRotation % 2 == 0 ? test : live, duringRotation);
            duringRotation++;
            App.Clock.Advance(PastTheRefreshInterval);
            await Task.Delay(50);
        }

        var (exitCode, output, error) = await rotation;
        exitCode.Should().Be(VaultCommand.Succeeded, error);
        duringRotation.Should().BeGreaterThan(3, "the service kept serving while the command ran");
        string[] lines = output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2);
        VaultDataKey[] newKeys = [await App.ActiveDataKeyAsync(CardsMode.Test), await App.ActiveDataKeyAsync(CardsMode.Live)];
        for (int mode = 0; mode < 2; mode++)
        {
            using var result = JsonDocument.Parse(lines[mode]);
            result.RootElement.GetProperty("mode").GetString().Should().Be(newKeys[mode].Mode);
            result.RootElement.GetProperty("new_key_id").GetString().Should().Be(newKeys[mode].Id);
            result.RootElement.GetProperty("re_encrypted").GetInt32().Should().BeGreaterThanOrEqualTo(2, "the cards written before the rotation");
            result.RootElement.GetProperty("retired_key_ids").EnumerateArray().Select(id => id.GetString()).Should().Equal(oldKeys[mode].Id);
        }

        await using (var db = App.CreateDbContext())
        {
            var stored = await db.CreditCards.AsNoTracking().Select(card => new { card.Id, card.Mode, card.NumberKeyId }).ToListAsync();
            stored.Should().HaveCount(written.Count);
            stored.Should().AllSatisfy(card => card.NumberKeyId.Should().Be(newKeys.Single(key => key.Mode == card.Mode).Id));
        }

        foreach (var (id, number) in written)
        {
            (await App.DecryptNumberAsync(id)).Should().Be(number);
        }

        foreach (VaultDataKey oldKey in oldKeys)
        {
            var removal = await App.RunVaultCommandAsync("vault", "remove-key", oldKey.Id);
            removal.ExitCode.Should().Be(VaultCommand.Succeeded, removal.Error);
        }
    }
}
