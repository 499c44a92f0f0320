using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JsonApiCards.Api.Data;

/// <summary>
/// Turns on SQLite's <c>secure_delete</c> on every connection, so that deleted and overwritten content is zeroed in the
/// database file instead of lingering in free space on the page or on the freelist. Erasing a card's ciphertext (redaction,
/// or deleting the card) then leaves no copy in the file; without it an <c>UPDATE ... SET number_ciphertext = NULL</c> or a
/// <c>DELETE</c> only marks the old bytes free, and they stay readable until SQLite happens to reuse the space.
/// </summary>
/// <remarks>The setting belongs to the connection, not the file, so it is set each time one opens; it costs no I/O.</remarks>
internal sealed class SecureDeleteInterceptor : DbConnectionInterceptor
{
    private const string TurnOn = "PRAGMA secure_delete = ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using DbCommand command = connection.CreateCommand();
        command.CommandText = TurnOn;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = TurnOn;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
