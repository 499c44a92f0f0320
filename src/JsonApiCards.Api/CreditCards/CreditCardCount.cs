namespace JsonApiCards.Api.CreditCards;

/// <summary>
/// The number of credit cards of one mode, kept exact by database triggers on <c>credit_cards</c> (see the
/// CreditCardCounts migration), so an unfiltered list does not pay a <c>COUNT(*)</c> that grows with the table.
/// </summary>
public sealed class CreditCardCount
{
    public string Mode { get; set; } = "";

    public long Count { get; set; }
}
