using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using JsonApiCards.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JsonApiCards.Api.Adapters.Akinon;

/// <summary>Starts, finds and ends customers' sessions; the key goes to the client, its SHA-256 to the database.</summary>
internal sealed class AkinonSessions(CardsDbContext db, TimeProvider clock, IOptions<AkinonOptions> options)
{
    /// <summary>SHA-256 as unpadded base64url.</summary>
    public const int KeyHashLength = 43;

    /// <summary>Starts a session for the customer and returns its key, which only the client keeps.</summary>
    public async Task<string> StartAsync(long customerId, string mode, CancellationToken cancellationToken)
    {
        DateTime now = clock.GetUtcNow().UtcDateTime;
        string key = OpaqueToken.Create();
        await db.AkinonSessions.Where(session => session.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        db.AkinonSessions.Add(new AkinonSession { KeyHash = Hash(key), Mode = mode, CustomerId = customerId, CreatedAt = now, ExpiresAt = now + options.Value.SessionLifetime });
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    /// <summary>The mode and customer of a session that has not expired nor ended, or null.</summary>
    public async Task<(string Mode, long CustomerId)?> FindAsync(string key, CancellationToken cancellationToken)
    {
        if (key.Length != OpaqueToken.Length)
        {
            return null;
        }

        string hash = Hash(key);
        DateTime now = clock.GetUtcNow().UtcDateTime;
        var session = await db.AkinonSessions.AsNoTracking()
            .Where(session => session.KeyHash == hash && session.ExpiresAt > now)
            .Select(session => new { session.Mode, session.CustomerId })
            .FirstOrDefaultAsync(cancellationToken);
        return session is null ? null : (session.Mode, session.CustomerId);
    }

    /// <summary>Ends a session on every instance: the next request anywhere finds no row.</summary>
    public Task EndAsync(string key, CancellationToken cancellationToken)
    {
        string hash = Hash(key);
        return db.AkinonSessions.Where(session => session.KeyHash == hash).ExecuteDeleteAsync(cancellationToken);
    }

    private static string Hash(string key) => Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
