using System.Security.Cryptography;
using System.Text;
using JsonApiCards.Api.Data;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace JsonApiCards.Api.Security;

/// <summary>
/// Creates, lists, disables and authenticates API keys; used by the <c>api-keys</c> command and the <c>Api-Key</c>
/// authentication scheme alike. A key is <c>KEY_ID.SECRET</c>, two 256-bit random values: the secret is stored as its
/// SHA-256, because a slow hash adds nothing to 256 random bits and a key is checked on every request.
/// </summary>
internal sealed class ApiKeys(CardsDbContext db, TimeProvider clock)
{
    private const char Separator = '.';

    // One compiled lookup by the unique key id: authenticating a request builds no expression tree.
    private static readonly Func<CardsDbContext, string, CancellationToken, Task<ApiKey?>> FindByKeyId =
        EF.CompileAsyncQuery((CardsDbContext context, string keyId, CancellationToken _) => context.ApiKeys.AsNoTracking().FirstOrDefault(key => key.KeyId == keyId));

    /// <summary>A new key of the mode; the key itself is returned here and never again.</summary>
    public async Task<(ApiKey Key, string Secret)> CreateAsync(string mode, string name, CancellationToken cancellationToken)
    {
        NewCredential.CheckModeAndName(mode, name);
        string secret = ClientSecrets.Generate();
        var key = new ApiKey
        {
            KeyId = ClientSecrets.Generate(),
            SecretHash = HashOf(secret),
            Mode = mode,
            Name = name,
            CreatedAt = Now(),
        };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return (key, key.KeyId + Separator + secret);
    }

    public Task<List<ApiKey>> ListAsync(CancellationToken cancellationToken) =>
        db.ApiKeys.AsNoTracking().OrderBy(key => key.Id).ToListAsync(cancellationToken);

    /// <summary>Disables the key (refused from its next request on); null when there is none of that id.</summary>
    public async Task<ApiKey?> DisableAsync(string keyId, CancellationToken cancellationToken)
    {
        ApiKey? key = await db.ApiKeys.SingleOrDefaultAsync(key => key.KeyId == keyId, cancellationToken);
        if (key is null || key.DisabledAt is not null)
        {
            return key;
        }

        key.DisabledAt = Now();
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    /// <summary>The enabled key the value names, or null; the same for a malformed value, an unknown id, a wrong secret and a disabled key.</summary>
    public async Task<ApiKey?> AuthenticateAsync(string value, CancellationToken cancellationToken)
    {
        int separator = value.IndexOf(Separator, StringComparison.Ordinal);
        if (separator != ClientSecrets.EncodedLength || value.Length != (2 * ClientSecrets.EncodedLength) + 1)
        {
            return null;
        }

        ApiKey? key = await FindByKeyId(db, value[..separator], cancellationToken);
        if (key is null || key.DisabledAt is not null)
        {
            return null;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(HashOf(value[(separator + 1)..])), Encoding.ASCII.GetBytes(key.SecretHash)) ? key : null;
    }

    private static string HashOf(string secret) => WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private DateTime Now() => NewCredential.Timestamp(clock);
}
