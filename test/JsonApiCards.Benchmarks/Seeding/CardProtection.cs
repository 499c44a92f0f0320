using JsonApiCards.Api.CreditCards;
using JsonApiCards.Api.Vault;

namespace JsonApiCards.Benchmarks.Seeding;

/// <summary>Stores a card number the way the service does: encrypted, fingerprinted, with only BIN and last four in clear.</summary>
internal sealed class CardProtection(CardNumberProtector protector, CardFingerprint fingerprint)
{
    public CreditCard Protect(CreditCard card, string number)
    {
        ProtectedCardNumber protectedNumber = protector.Protect(number);
        card.Bin = CardDisplay.Bin(number);
        card.LastFour = CardDisplay.LastFour(number);
        card.Fingerprint = fingerprint.Compute(number);
        card.NumberCiphertext = protectedNumber.Ciphertext;
        card.NumberKeyId = protectedNumber.KeyId;
        return card;
    }
}
