using System.Text.Json.Serialization;

namespace JsonApiCards.Api.Adapters.Akinon;

/// <summary>A card in the customer's wallet as an Akinon stored card: first six and last four, and its stable identifier.</summary>
internal sealed record StoredCard(
    [property: JsonPropertyName("card_number")] string CardNumber,
    [property: JsonPropertyName("card_identifier")] Guid CardIdentifier)
{
    // PCI DSS allows the first six and last four to be shown; the digits between are masked at a fixed width, as Akinon's example.
    public static StoredCard From(string bin, string lastFour, Guid cardIdentifier) => new($"{bin}******{lastFour}", cardIdentifier);
}

internal sealed record StoredCardList([property: JsonPropertyName("cards")] IReadOnlyList<StoredCard> Cards);
