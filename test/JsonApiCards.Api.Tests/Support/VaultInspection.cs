using JsonApiCards.Api.Vault;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.Api.Tests.Support;

/// <summary>What the vault tests read and change behind the API: stored ciphertexts, data keys, and the <c>vault</c> command.</summary>
internal static class VaultInspection
{
    /// <summary>Decrypts a stored card's number as the service would for a payment gateway.</summary>
    public static async Task<string> DecryptNumberAsync(this JsonApiCardsApplication app, long cardId)
    {
        await using var db = app.CreateDbContext();
        var card = await db.CreditCards.AsNoTracking().SingleAsync(card => card.Id == cardId);
        var protectedNumber = new ProtectedCardNumber(card.NumberKeyId!, card.NumberCiphertext!);
        return await app.Services.GetRequiredService<CardNumberProtector>().UnprotectAsync(protectedNumber, card.Id, card.Mode, CancellationToken.None);
    }

    public static async Task<VaultDataKey> ActiveDataKeyAsync(this JsonApiCardsApplication app, string mode)
    {
        await using var db = app.CreateDbContext();
        return await db.VaultDataKeys.AsNoTracking().SingleAsync(key => key.Mode == mode && key.State == DataKeyState.Active);
    }

    /// <summary>Copies one card's ciphertext and key id onto another row, as someone with write access to the database could.</summary>
    public static async Task CopyCiphertextAsync(this JsonApiCardsApplication app, long fromCardId, long toCardId)
    {
        await using var db = app.CreateDbContext();
        var from = await db.CreditCards.AsNoTracking().SingleAsync(card => card.Id == fromCardId);
        await db.CreditCards.Where(card => card.Id == toCardId).ExecuteUpdateAsync(update => update
            .SetProperty(card => card.NumberCiphertext, from.NumberCiphertext)
            .SetProperty(card => card.NumberKeyId, from.NumberKeyId));
    }

    /// <summary>Makes a new active data key for the mode, retiring the current one, as the first step of <c>vault rotate</c> does.</summary>
    public static async Task<VaultDataKey> CreateNewActiveKeyAsync(this JsonApiCardsApplication app, string mode)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DataKeyStore>().CreateActiveAsync(mode, retireCurrent: true, CancellationToken.None);
    }

    /// <summary>Runs <c>vault ...</c> as the service's executable does, against the application's database and secrets.</summary>
    /// <remarks>The command waits one key refresh interval; a short one keeps the tests fast.</remarks>
    public static async Task<(int ExitCode, string Output, string Error)> RunVaultCommandAsync(this JsonApiCardsApplication app, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exitCode = await VaultCommand.RunAsync([.. args, .. TestVaultKeys.ServiceConfiguration(app), "--Vault:KeyRefreshInterval=00:00:00.2"], output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
