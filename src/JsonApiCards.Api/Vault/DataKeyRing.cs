using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace JsonApiCards.Api.Vault;

/// <summary>
/// This instance's unwrapped data keys, read from the database when first needed and again at most once per
/// <see cref="VaultOptions.KeyRefreshInterval"/>, by the first request after it has passed. So a key that <c>vault rotate</c>
/// made elsewhere encrypts here within the interval, and a key this instance has not seen yet (a card another instance
/// wrote under it) is read at once. A mode without a key gets one on the first read (<see cref="DataKeyStore"/>).
/// </summary>
internal sealed class DataKeyRing(IServiceScopeFactory scopes, TimeProvider clock, IOptions<VaultOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _reading = new(1, 1);
    private volatile Keys _keys = Keys.None;
    private long _readsStarted;

    /// <summary>The key that encrypts new numbers of the mode.</summary>
    public async ValueTask<DataKey> ActiveKeyAsync(string mode, CancellationToken cancellationToken)
    {
        Keys keys = IsCurrent(_keys) ? _keys : await ReadAsync(force: false, cancellationToken);
        return keys.ActiveByMode.TryGetValue(mode, out DataKey? key)
            ? key
            : throw new CryptographicException($"The vault has no active data key for mode '{mode}'.");
    }

    /// <summary>The key of this id, which must belong to the mode: test and live never share a key.</summary>
    /// <exception cref="CryptographicException">No key has this id, or it belongs to the other mode.</exception>
    public async ValueTask<DataKey> KeyAsync(string keyId, string mode, CancellationToken cancellationToken)
    {
        Keys keys = IsCurrent(_keys) ? _keys : await ReadAsync(force: false, cancellationToken);
        if (!keys.ById.TryGetValue(keyId, out DataKey? key))
        {
            keys = await ReadAsync(force: true, cancellationToken);
        }

        if (!keys.ById.TryGetValue(keyId, out key))
        {
            throw new CryptographicException($"No vault data key has the id '{keyId}'.");
        }

        return key.Mode == mode ? key : throw new CryptographicException($"The vault data key '{keyId}' belongs to another mode than '{mode}'.");
    }

    /// <summary>Reads the keys now, for start-up (a key-encryption key that unwraps nothing stops it) and after a rotation.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken) => await ReadAsync(force: true, cancellationToken);

    public void Dispose() => _reading.Dispose();

    private bool IsCurrent(Keys keys)
    {
        TimeSpan age = clock.GetUtcNow() - keys.ReadAt;
        return age >= TimeSpan.Zero && age < options.Value.KeyRefreshInterval;
    }

    private async Task<Keys> ReadAsync(bool force, CancellationToken cancellationToken)
    {
        long readsBefore = Interlocked.Read(ref _readsStarted);
        await _reading.WaitAsync(cancellationToken);
        try
        {
            // A read that started after this caller asked has seen what the caller needs.
            Keys current = _keys;
            if (force ? Interlocked.Read(ref _readsStarted) > readsBefore : IsCurrent(current))
            {
                return current;
            }

            Interlocked.Increment(ref _readsStarted);

            await using AsyncServiceScope scope = scopes.CreateAsyncScope();
            DataKeyStore store = scope.ServiceProvider.GetRequiredService<DataKeyStore>();
            DateTimeOffset readAt = clock.GetUtcNow();
            List<DataKey> keys = [];
            foreach (VaultDataKey stored in await store.ReadEnsuringActiveKeysAsync(cancellationToken))
            {
                // A key already unwrapped keeps its bytes: a KMS is asked only about keys this instance has not seen.
                keys.Add(current.ById.TryGetValue(stored.Id, out DataKey? known)
                    ? known.WithActive(stored.State == DataKeyState.Active)
                    : await store.UnwrapAsync(stored, cancellationToken));
            }

            return _keys = new Keys(
                keys.ToFrozenDictionary(key => key.Id, StringComparer.Ordinal),
                keys.Where(key => key.IsActive).ToFrozenDictionary(key => key.Mode, StringComparer.Ordinal),
                readAt);
        }
        finally
        {
            _reading.Release();
        }
    }

    private sealed record Keys(FrozenDictionary<string, DataKey> ById, FrozenDictionary<string, DataKey> ActiveByMode, DateTimeOffset ReadAt)
    {
        public static readonly Keys None = new(FrozenDictionary<string, DataKey>.Empty, FrozenDictionary<string, DataKey>.Empty, DateTimeOffset.MinValue);
    }
}
