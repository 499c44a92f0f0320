using JsonApiCards.Api.CreditCards;
using JsonApiCards.Api.Vault;

namespace JsonApiCards.Benchmarks.Seeding;

/// <summary>
/// Stores a card number the way the service does: only BIN and last four in clear, fingerprinted in the card's mode, and
/// encrypted once the card has its id (the ciphertext is bound to it).
/// </summary>
internal sealed class CardProtection(CardFingerprint fingerprint)
{
    /// <summary>Everything but the ciphertext: display data and the fingerprint.</summary>
    public CreditCard Describe(CreditCard card, string number)
    {
        card.Bin = CardDisplay.Bin(number);
        card.LastFour = CardDisplay.LastFour(number);
        card.Fingerprint = fingerprint.Compute(number, card.Mode);
        return card;
    }

    public static CreditCard Store(CreditCard card, ProtectedCardNumber protectedNumber)
    {
        card.NumberCiphertext = protectedNumber.Ciphertext;
        card.NumberKeyId = protectedNumber.KeyId;
        return card;
    }
}
