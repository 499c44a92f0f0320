namespace JsonApiCards.Api.CreditCards;

/// <summary>
/// The number of credit cards of one mode and card type, kept exact by database triggers on <c>credit_cards</c> (see the
/// CreditCardCountsByCardType migration), so neither an unfiltered list nor one filtered on a card type pays a
/// <c>COUNT(*)</c> that grows with the table.
/// </summary>
public sealed class CreditCardCount
{
    public string Mode { get; set; } = "";

    public string CardType { get; set; } = "";

    public long Count { get; set; }
}
