using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using JsonApiCards.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace JsonApiCards.Api.Vault;

/// <summary>
/// The data keys in the database: created per mode (a fresh random key, stored wrapped by the key-encryption key), read,
/// unwrapped, retired and removed. Nothing here holds a key in clear beyond the call that needs it.
/// </summary>
internal sealed class DataKeyStore(CardsDbContext db, IKeyEncryptionKey keyEncryptionKey, TimeProvider clock)
{
    private static readonly string[] Modes = [CardsMode.Test, CardsMode.Live];

    /// <summary>Every stored key, after creating the active key of any mode that has none (the first start in a mode).</summary>
    public async Task<List<VaultDataKey>> ReadEnsuringActiveKeysAsync(CancellationToken cancellationToken)
    {
        List<VaultDataKey> keys = await db.Set<VaultDataKey>().AsNoTracking().ToListAsync(cancellationToken);
        bool created = false;
        foreach (string mode in Modes.Where(mode => !keys.Any(key => key.Mode == mode && key.State == DataKeyState.Active)))
        {
            try
            {
                await CreateActiveAsync(mode, retireCurrent: false, cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another instance made this mode's first key at the same moment; the unique index kept one, read below.
                db.ChangeTracker.Clear();
            }

            created = true;
        }

        return created ? await db.Set<VaultDataKey>().AsNoTracking().ToListAsync(cancellationToken) : keys;
    }

    /// <summary>A new active key for the mode; with <paramref name="retireCurrent"/>, the mode's active key is retired in the same transaction.</summary>
    /// <exception cref="DbUpdateException">The mode already has an active key (and <paramref name="retireCurrent"/> is false, or another rotation won).</exception>
    public async Task<VaultDataKey> CreateActiveAsync(string mode, bool retireCurrent, CancellationToken cancellationToken)
    {
        byte[] dataKey = RandomNumberGenerator.GetBytes(VaultKeyMaterial.KeySizeInBytes);
        DateTime now = clock.GetUtcNow().UtcDateTime;
        string id = string.Create(CultureInfo.InvariantCulture, $"{mode}-{now:yyyyMMdd}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}");
        try
        {
            var key = new VaultDataKey
            {
                Id = id,
                Mode = mode,
                WrappedKey = await keyEncryptionKey.WrapAsync(dataKey, Context(id, mode), cancellationToken),
                CreatedAt = new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc),
                State = DataKeyState.Active,
            };

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (retireCurrent)
            {
                await db.Set<VaultDataKey>()
                    .Where(current => current.Mode == mode && current.State == DataKeyState.Active)
                    .ExecuteUpdateAsync(update => update.SetProperty(current => current.State, DataKeyState.Retired), cancellationToken);
            }

            db.Add(key);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.Entry(key).State = EntityState.Detached;
            return key;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    /// <summary>The key in clear, for the key ring.</summary>
    /// <exception cref="InvalidOperationException">The key-encryption key does not unwrap it: another KEK is configured, or the row was altered.</exception>
    public async ValueTask<DataKey> UnwrapAsync(VaultDataKey stored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stored);
        try
        {
            byte[] key = await keyEncryptionKey.UnwrapAsync(stored.WrappedKey, Context(stored.Id, stored.Mode), cancellationToken);
            return new DataKey(stored.Id, stored.Mode, key, stored.State == DataKeyState.Active);
        }
        catch (CryptographicException exception)
        {
            throw new InvalidOperationException(
                $"The vault data key '{stored.Id}' cannot be unwrapped: the configured key-encryption key (Vault:KeyEncryptionKey) " +
                "is not the one it was wrapped with, or its row was altered.", exception);
        }
    }

    // Bound to the wrapped key, so a wrapped key copied to another row or mode does not unwrap.
    private static byte[] Context(string id, string mode) => Encoding.UTF8.GetBytes($"jsonapicards vault data key|{id}|{mode}");
}
