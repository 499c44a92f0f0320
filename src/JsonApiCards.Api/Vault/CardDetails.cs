namespace JsonApiCards.Api.Vault;

/// <summary>The card data a client sends, as it was sent: nothing here has been checked yet.</summary>
/// <param name="Number">The full card number (PAN): digits only.</param>
/// <param name="VerificationValue">The CVV, CVC or CID: checked, then dropped, never stored.</param>
/// <param name="Month">The expiry month, <c>1</c> to <c>12</c> or <c>01</c> to <c>12</c>.</param>
/// <param name="Year">The expiry year, four digits.</param>
internal sealed record CardDetails(string? Number, string? VerificationValue, string? Month, string? Year)
{
    // The generated ToString would print the number and the verification value into any log that formats this record.
    public override string ToString() => $"{nameof(CardDetails)} {{ Month = {Month}, Year = {Year} }}";
}
