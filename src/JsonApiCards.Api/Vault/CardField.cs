namespace JsonApiCards.Api.Vault;

/// <summary>The names of the card fields that a validation error can point at.</summary>
internal static class CardField
{
    public const string Number = "number";
    public const string VerificationValue = "verification_value";
    public const string Month = "month";
    public const string Year = "year";
}
