using System.Globalization;
using System.Text;
using JsonApiCards.Api.CreditCards;

namespace JsonApiCards.Api.Tests.Properties;

/// <summary>A filterable attribute of credit_cards, with how to read it from a seeded row and how its constants are written.</summary>
/// <param name="Name">The attribute's public name.</param>
/// <param name="Kind">Text, a number or a timestamp: what the comparisons and text matches mean.</param>
/// <param name="Read">The value of a seeded row, null where the column is null.</param>
public sealed record CardField(string Name, CardFieldKind Kind, Func<CreditCard, object?> Read)
{
    public static IReadOnlyList<CardField> All { get; } =
    [
        new("id", CardFieldKind.Number, card => card.Id),
        new("first_name", CardFieldKind.Text, card => card.FirstName),
        new("last_name", CardFieldKind.Text, card => card.LastName),
        new("month", CardFieldKind.Text, card => card.Month),
        new("year", CardFieldKind.Text, card => card.Year),
        new("card_type", CardFieldKind.Text, card => card.CardType),
        new("fingerprint", CardFieldKind.Text, card => card.Fingerprint),
        new("storage_state", CardFieldKind.Text, card => card.StorageState),
        new("reference", CardFieldKind.Text, card => card.Reference),
        new("created_at", CardFieldKind.Timestamp, card => card.CreatedAt),
        new("updated_at", CardFieldKind.Timestamp, card => card.UpdatedAt),
    ];

    /// <summary>The constant as the query string writes it.</summary>
    public static string Write(object constant) => constant switch
    {
        DateTime timestamp => timestamp.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        long number => number.ToString(CultureInfo.InvariantCulture),
        _ => (string)constant,
    };

    /// <summary>
    /// How a row's value orders against a constant, null when the row's value is null. Text orders by Unicode code point, as
    /// both databases compare it (SQLite's BINARY and PostgreSQL's "C" collation compare UTF-8 bytes); .NET's ordinal
    /// order of UTF-16 units differs from it only for characters outside the BMP.
    /// </summary>
    public int? Compare(CreditCard card, object constant) => Read(card) switch
    {
        null => null,
        string text => Encoding.UTF8.GetBytes(text).AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes((string)constant)),
        long number => number.CompareTo((long)constant),
        DateTime timestamp => timestamp.CompareTo((DateTime)constant),
        var other => throw new InvalidOperationException($"No ordering for {other.GetType()}."),
    };
}

public enum CardFieldKind
{
    Text,
    Number,
    Timestamp,
}
