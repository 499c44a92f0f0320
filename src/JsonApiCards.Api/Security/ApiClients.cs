using JsonApiCards.Api.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace JsonApiCards.Api.Security;

/// <summary>Creates, lists, disables and authenticates integration credentials; used by the token endpoint and the <c>clients</c> command alike.</summary>
internal sealed class ApiClients(CardsDbContext db, IPasswordHasher<ApiClient> hasher, TimeProvider clock, RevocationList revocations)
{
    public const int MaxNameLength = NewCredential.MaxNameLength;

    // Verified against when the client id is unknown, so that an unknown id costs as much time as a wrong secret.
    private static readonly Lazy<string> UnknownClientHash = new(() => new PasswordHasher<ApiClient>().HashPassword(null!, ClientSecrets.Generate()));

    /// <summary>A new client of the mode; its secret is returned here and never again.</summary>
    public async Task<(ApiClient Client, string Secret)> CreateAsync(string mode, string name, CancellationToken cancellationToken)
    {
        NewCredential.CheckModeAndName(mode, name);
        string secret = ClientSecrets.Generate();
        var client = new ApiClient
        {
            ClientId = ClientSecrets.Generate(),
            SecretHash = "",
            Mode = mode,
            Name = name,
            CreatedAt = Now(),
        };
        client.SecretHash = hasher.HashPassword(client, secret);
        db.ApiClients.Add(client);
        await db.SaveChangesAsync(cancellationToken);
        return (client, secret);
    }

    public Task<List<ApiClient>> ListAsync(CancellationToken cancellationToken) =>
        db.ApiClients.AsNoTracking().OrderBy(client => client.Id).ToListAsync(cancellationToken);

    /// <summary>Disables the client (its tokens stop working within the revocation bound); null when there is none of that id.</summary>
    public async Task<ApiClient?> DisableAsync(string clientId, CancellationToken cancellationToken)
    {
        ApiClient? client = await db.ApiClients.SingleOrDefaultAsync(client => client.ClientId == clientId, cancellationToken);
        if (client is null || client.DisabledAt is not null)
        {
            return client;
        }

        client.DisabledAt = Now();
        await db.SaveChangesAsync(cancellationToken);
        revocations.NoteRevoked(clientId: client.ClientId);
        return client;
    }

    /// <summary>The enabled client with this id and secret, or null; the same for an unknown id, a wrong secret and a disabled client.</summary>
    public async Task<ApiClient?> AuthenticateAsync(string clientId, string secret, CancellationToken cancellationToken)
    {
        ApiClient? client = clientId.Length <= ClientSecrets.EncodedLength
            ? await db.ApiClients.SingleOrDefaultAsync(client => client.ClientId == clientId, cancellationToken)
            : null;
        if (client is null)
        {
            hasher.VerifyHashedPassword(null!, UnknownClientHash.Value, secret);
            return null;
        }

        PasswordVerificationResult result = hasher.VerifyHashedPassword(client, client.SecretHash, secret);
        if (result == PasswordVerificationResult.Failed || client.DisabledAt is not null)
        {
            return null;
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            client.SecretHash = hasher.HashPassword(client, secret);
            await db.SaveChangesAsync(cancellationToken);
        }

        return client;
    }

    private DateTime Now() => NewCredential.Timestamp(clock);
}
