using System.Security.Cryptography;
using JsonApiCards.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JsonApiCards.Api.Vault;

/// <summary>
/// Rotates the data keys while the service keeps serving: a new active key per mode (the old one retired, so it still
/// decrypts), a wait of one key refresh interval so that every running instance encrypts under the new key, then every
/// card still under an older key re-encrypted in batches, each its own short transaction, until none is left. Removing a
/// retired key is a separate step, refused while any card still needs it.
/// </summary>
internal sealed partial class VaultKeyRotation(
    CardsDbContext db, DataKeyStore store, DataKeyRing keyRing, IOptions<VaultOptions> options, TimeProvider clock, ILogger<VaultKeyRotation> logger)
{
    /// <summary>Added to the refresh interval: an instance reads the new key on its first request after the interval, not at its end.</summary>
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromSeconds(1);

    public async Task<IReadOnlyList<KeyRotationResult>> RotateAsync(IReadOnlyList<string> modes, int batchSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(modes);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);

        List<VaultDataKey> newKeys = [];
        foreach (string mode in modes)
        {
            newKeys.Add(await store.CreateActiveAsync(mode, retireCurrent: true, cancellationToken));
        }

        await keyRing.RefreshAsync(cancellationToken);
        await Task.Delay(options.Value.KeyRefreshInterval + RefreshMargin, clock, cancellationToken);

        List<KeyRotationResult> results = [];
        foreach (VaultDataKey newKey in newKeys)
        {
            var (reEncrypted, unreadable) = await ReEncryptAsync(newKey, batchSize, cancellationToken);
            results.Add(new KeyRotationResult(newKey.Mode, newKey.Id, reEncrypted, await UnusedRetiredKeysAsync(newKey.Mode, cancellationToken), unreadable));
        }

        return results;
    }

    /// <summary>Deletes a retired key that no card uses any more.</summary>
    public async Task<KeyRemoval> RemoveAsync(string keyId, CancellationToken cancellationToken)
    {
        VaultDataKey? key = await db.VaultDataKeys.SingleOrDefaultAsync(key => key.Id == keyId, cancellationToken);
        if (key is null)
        {
            return KeyRemoval.NotFound;
        }

        if (key.State != DataKeyState.Retired)
        {
            return KeyRemoval.Active;
        }

        // In one statement, so a card written under the key between a check and the delete cannot lose it.
        int removed = await db.VaultDataKeys
            .Where(candidate => candidate.Id == keyId && candidate.State == DataKeyState.Retired && !db.CreditCards.Any(card => card.NumberKeyId == keyId))
            .ExecuteDeleteAsync(cancellationToken);
        return removed == 1 ? KeyRemoval.Removed : KeyRemoval.InUse;
    }

    /// <summary>Every key, with how many cards each encrypts.</summary>
    public Task<List<StoredKey>> ListAsync(CancellationToken cancellationToken) =>
        db.VaultDataKeys.AsNoTracking()
            .OrderBy(key => key.CreatedAt).ThenBy(key => key.Id)
            .Select(key => new StoredKey(key.Id, key.Mode, key.State, key.CreatedAt, db.CreditCards.Count(card => card.NumberKeyId == key.Id)))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Passes over the mode's cards by id, a batch at a time, re-encrypting those under another key than the new one; a pass
    /// that changed anything is followed by another, for cards an instance wrote under the old key while the first ran.
    /// </summary>
    private async Task<(int ReEncrypted, List<long> Unreadable)> ReEncryptAsync(VaultDataKey newKey, int batchSize, CancellationToken cancellationToken)
    {
        string mode = newKey.Mode;
        DataKey to = await keyRing.KeyAsync(newKey.Id, mode, cancellationToken);
        List<long> unreadable = [];
        int total = 0;
        int inPass;
        do
        {
            inPass = 0;
            long after = 0;
            while (true)
            {
                var batch = await db.CreditCards.AsNoTracking()
                    .Where(card => card.Mode == mode && card.Id > after && card.NumberCiphertext != null && card.NumberKeyId != to.Id)
                    .OrderBy(card => card.Id)
                    .Select(card => new { card.Id, KeyId = card.NumberKeyId!, Ciphertext = card.NumberCiphertext! })
                    .Take(batchSize)
                    .ToListAsync(cancellationToken);
                if (batch.Count == 0)
                {
                    break;
                }

                after = batch[^1].Id;
                List<(long Id, string OldKeyId, byte[] OldCiphertext, ProtectedCardNumber New)> changes = [];
                foreach (var card in batch.Where(card => !unreadable.Contains(card.Id)))
                {
                    try
                    {
                        DataKey from = await keyRing.KeyAsync(card.KeyId, mode, cancellationToken);
                        changes.Add((card.Id, card.KeyId, card.Ciphertext, CardNumberProtector.Reprotect(card.Ciphertext, card.Id, mode, from, to)));
                    }
                    catch (CryptographicException exception)
                    {
                        LogUnreadable(card.Id, exception.Message);
                        unreadable.Add(card.Id);
                    }
                }

                inPass += await WriteBatchAsync(changes, cancellationToken);
            }

            total += inPass;
        }
        while (inPass > 0);

        return (total, unreadable);
    }

    /// <summary>
    /// One short transaction per batch. Each row changes only if it still holds what was read, so a card changed meanwhile
    /// (redacted, or re-encrypted by another rotation) is left as it is.
    /// </summary>
    private async Task<int> WriteBatchAsync(List<(long Id, string OldKeyId, byte[] OldCiphertext, ProtectedCardNumber New)> changes, CancellationToken cancellationToken)
    {
        int written = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var (id, oldKeyId, oldCiphertext, reProtected) in changes)
        {
            written += await db.CreditCards
                .Where(card => card.Id == id && card.NumberKeyId == oldKeyId && card.NumberCiphertext == oldCiphertext)
                .ExecuteUpdateAsync(
                    update => update.SetProperty(card => card.NumberCiphertext, reProtected.Ciphertext).SetProperty(card => card.NumberKeyId, reProtected.KeyId),
                    cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return written;
    }

    private Task<List<string>> UnusedRetiredKeysAsync(string mode, CancellationToken cancellationToken) =>
        db.VaultDataKeys.AsNoTracking()
            .Where(key => key.Mode == mode && key.State == DataKeyState.Retired && !db.CreditCards.Any(card => card.NumberKeyId == key.Id))
            .OrderBy(key => key.CreatedAt).ThenBy(key => key.Id)
            .Select(key => key.Id)
            .ToListAsync(cancellationToken);

    [LoggerMessage(Level = LogLevel.Error, Message = "Card {CardId} cannot be re-encrypted and keeps its key: {Reason}")]
    private partial void LogUnreadable(long cardId, string reason);
}
