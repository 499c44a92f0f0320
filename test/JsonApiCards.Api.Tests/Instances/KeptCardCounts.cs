using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.Instances;

/// <summary>The card counts the database keeps (<c>credit_card_counts</c>) and the ones it has, per mode and card type.</summary>
internal static class KeptCardCounts
{
    /// <summary>The kept counts that are not 0, by <c>"mode card_type"</c>.</summary>
    public static async Task<Dictionary<string, long>> KeptAsync(SharedDatabase database) =>
        (await database.RowsAsync("SELECT mode, card_type, count FROM credit_card_counts"))
            .Where(row => row[2] != "0")
            .ToDictionary(row => $"{row[0]} {row[1]}", row => long.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture));

    /// <summary><c>COUNT(*)</c> of the cards, by <c>"mode card_type"</c>.</summary>
    public static async Task<Dictionary<string, long>> CountedAsync(SharedDatabase database) =>
        (await database.RowsAsync("SELECT mode, card_type, COUNT(*) FROM credit_cards GROUP BY mode, card_type"))
            .ToDictionary(row => $"{row[0]} {row[1]}", row => long.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture));
}
