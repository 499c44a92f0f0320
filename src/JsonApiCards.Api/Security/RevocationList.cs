using System.Collections.Frozen;
using JsonApiCards.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JsonApiCards.Api.Security;

/// <summary>
/// This instance's view of the revoked tokens and disabled clients, read from the database at most once per
/// <see cref="AuthOptions.RevocationRefreshInterval"/>: lazily, by the first request after the interval has passed, while
/// the requests beside it wait for the same read. Every other request answers from memory, so validating a token never
/// queries the database, and a revocation made by any instance holds everywhere within the interval.
/// </summary>
internal sealed class RevocationList(IServiceScopeFactory scopes, TimeProvider clock, IOptions<AuthOptions> options)
{
    private readonly Lock _gate = new();

    // Read when first needed, so that the clients command, which only notes revocations, needs no signing keys.
    private TimeSpan Interval => options.Value.RevocationRefreshInterval;
    private volatile Snapshot _snapshot = Snapshot.Stale;
    private Task<Snapshot>? _refreshing;
    private long _generation;

    /// <summary>Whether a token is revoked, or belongs to a disabled client.</summary>
    public ValueTask<bool> IsRevokedAsync(string tokenId, string clientId, CancellationToken cancellationToken)
    {
        Snapshot snapshot = _snapshot;
        return IsCurrent(snapshot)
            ? ValueTask.FromResult(snapshot.Revokes(tokenId, clientId))
            : RefreshAndCheckAsync(tokenId, clientId, cancellationToken);
    }

    /// <summary>Whether a customer token was issued under a password that has since been changed or removed.</summary>
    public async ValueTask<bool> IsOutdatedAsync(long? customerId, int credentialsVersion, CancellationToken cancellationToken)
    {
        if (customerId is not long customer)
        {
            return false;
        }

        Snapshot snapshot = _snapshot;
        if (!IsCurrent(snapshot))
        {
            snapshot = await StartRefresh(force: false).WaitAsync(cancellationToken);
        }

        return snapshot.CredentialsVersions.GetValueOrDefault(customer) != credentialsVersion;
    }

    /// <summary>Reads the database now, for a caller that must start from a known view (tests, after resetting the database).</summary>
    public Task RefreshAsync() => StartRefresh(force: true);

    /// <summary>
    /// Takes a revocation this instance just stored into effect here at once; the view is read again on the next request,
    /// so a read that started before the revocation was stored cannot hide it.
    /// </summary>
    public void NoteRevoked(string? tokenId = null, string? clientId = null, (long CustomerId, int Version)? credentials = null)
    {
        lock (_gate)
        {
            _generation++;
            _refreshing = null;
            _snapshot = _snapshot.With(tokenId, clientId, credentials);
        }
    }

    private bool IsCurrent(Snapshot snapshot)
    {
        TimeSpan age = clock.GetUtcNow() - snapshot.ReadAt;
        return age >= TimeSpan.Zero && age < Interval;
    }

    private async ValueTask<bool> RefreshAndCheckAsync(string tokenId, string clientId, CancellationToken cancellationToken)
    {
        Snapshot snapshot = await StartRefresh(force: false).WaitAsync(cancellationToken);
        return snapshot.Revokes(tokenId, clientId);
    }

    private Task<Snapshot> StartRefresh(bool force)
    {
        lock (_gate)
        {
            if (!force && IsCurrent(_snapshot))
            {
                return Task.FromResult(_snapshot);
            }

            if (force || _refreshing is null || _refreshing.IsCompleted)
            {
                // Not the request's token: one request giving up must not fail the read the others wait for.
                _refreshing = ReadAsync(_generation);
            }

            return _refreshing;
        }
    }

    private async Task<Snapshot> ReadAsync(long generation)
    {
        DateTimeOffset readAt = clock.GetUtcNow();
        await using AsyncServiceScope scope = scopes.CreateAsyncScope();
        CardsDbContext db = scope.ServiceProvider.GetRequiredService<CardsDbContext>();
        DateTime now = readAt.UtcDateTime;
        List<string> tokens = await db.RevokedTokens.AsNoTracking().Where(token => token.ExpiresAt > now).Select(token => token.TokenId).ToListAsync();
        List<string> clients = await db.ApiClients.AsNoTracking().Where(client => client.DisabledAt != null).Select(client => client.ClientId).ToListAsync();
        Dictionary<long, int> credentials = await db.Customers.AsNoTracking().Where(customer => customer.CredentialsVersion != 0)
            .ToDictionaryAsync(customer => customer.Id, customer => customer.CredentialsVersion);
        var snapshot = new Snapshot(tokens.ToFrozenSet(StringComparer.Ordinal), clients.ToFrozenSet(StringComparer.Ordinal), credentials.ToFrozenDictionary(), readAt);

        lock (_gate)
        {
            // A revocation noted while this read ran may be missing from it: the view then stays stale, to be read again.
            if (_generation == generation)
            {
                _snapshot = snapshot;
            }
        }

        return snapshot;
    }

    private sealed record Snapshot(FrozenSet<string> TokenIds, FrozenSet<string> DisabledClientIds, FrozenDictionary<long, int> CredentialsVersions, DateTimeOffset ReadAt)
    {
        public static readonly Snapshot Stale = new(FrozenSet<string>.Empty, FrozenSet<string>.Empty, FrozenDictionary<long, int>.Empty, DateTimeOffset.MinValue);

        public bool Revokes(string tokenId, string clientId) => TokenIds.Contains(tokenId) || DisabledClientIds.Contains(clientId);

        /// <summary>This view with one more revocation, to be read again at once.</summary>
        public Snapshot With(string? tokenId, string? clientId, (long CustomerId, int Version)? credentials) => new(
            tokenId is null ? TokenIds : TokenIds.Append(tokenId).ToFrozenSet(StringComparer.Ordinal),
            clientId is null ? DisabledClientIds : DisabledClientIds.Append(clientId).ToFrozenSet(StringComparer.Ordinal),
            credentials is not { } changed ? CredentialsVersions
                : CredentialsVersions.Where(entry => entry.Key != changed.CustomerId).Append(KeyValuePair.Create(changed.CustomerId, changed.Version)).ToFrozenDictionary(),
            DateTimeOffset.MinValue);
    }
}
