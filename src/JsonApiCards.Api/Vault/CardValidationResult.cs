namespace JsonApiCards.Api.Vault;

/// <summary>What <see cref="CardValidator"/> found out about a card.</summary>
/// <param name="Brand">The brand detected from the BIN, or <see langword="null"/> when none matched.</param>
/// <param name="Expiry">The parsed expiry, or <see langword="null"/> when the month or the year could not be read.</param>
/// <param name="Errors">Every problem found; empty when the card is valid.</param>
internal sealed record CardValidationResult(CardBrand? Brand, CardExpiry? Expiry, IReadOnlyList<CardValidationError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
