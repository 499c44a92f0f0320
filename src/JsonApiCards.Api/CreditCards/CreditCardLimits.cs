namespace JsonApiCards.Api.CreditCards;

/// <summary>The longest values the card attributes accept; the schema and the validation share them.</summary>
public static class CreditCardLimits
{
    public const int NameLength = 100;
}
