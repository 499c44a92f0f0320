using System.Globalization;
using JsonApiCards.Api.CreditCards;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.Api.Tests.Support;

/// <summary>The card lifecycle seen from below the API: the stored number of a card, the database files, and the redaction pass.</summary>
internal static class CardLifecycle
{
    /// <summary>The cached card lifetime the service has by default (<c>Vault:CachedCardLifetime</c>).</summary>
    public static readonly TimeSpan CachedCardLifetime = TimeSpan.FromMinutes(30);

    /// <summary>Runs one pass of the lifecycle's background service now, as its timer would, and returns how many cards it redacted.</summary>
    public static async Task<int> RunRedactionPassAsync(this WebApplicationFactory<Program> host)
    {
        await using AsyncServiceScope scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CachedCardRedaction>().RedactExpiredCardsAsync(CancellationToken.None);
    }

    /// <summary>The protected number and its key id as the database holds them.</summary>
    public static async Task<(byte[]? Ciphertext, string? KeyId)> StoredNumberAsync(this JsonApiCardsApplication app, string cardId)
    {
        long id = long.Parse(cardId, CultureInfo.InvariantCulture);
        await using var db = app.CreateDbContext();
        var stored = await db.CreditCards.Where(card => card.Id == id).Select(card => new { card.NumberCiphertext, card.NumberKeyId }).SingleAsync();
        return (stored.NumberCiphertext, stored.NumberKeyId);
    }

    /// <summary>Whether any file of the database (the database itself, its write-ahead log, its shared memory) holds the bytes anywhere.</summary>
    /// <exception cref="InvalidOperationException">On PostgreSQL, whose files the scan does not read (<see cref="TestedDatabase.ZeroesErasedBytes"/>).</exception>
    public static bool DatabaseFilesContain(this JsonApiCardsApplication app, byte[] bytes)
    {
        if (!TestedDatabase.ZeroesErasedBytes)
        {
            throw new InvalidOperationException("The database files are SQLite's: a test that scans them is SQLite-only.");
        }

        // Connections left open would keep pages in their write-ahead log instead of the database file.
        SqliteConnection.ClearAllPools();
        return Directory.GetFiles(Path.GetDirectoryName(app.DatabasePath)!).Any(file => File.ReadAllBytes(file).AsSpan().IndexOf(bytes) >= 0);
    }
}
