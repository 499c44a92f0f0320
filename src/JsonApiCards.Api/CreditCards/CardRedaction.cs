using Microsoft.EntityFrameworkCore.Query;

namespace JsonApiCards.Api.CreditCards;

/// <summary>
/// What redacting a card writes, in one <c>UPDATE</c>: the protected number and its key id erased, <c>storage_state</c>
/// redacted, the change stamped and counted in the card's version (so its <c>ETag</c> changes: the statement bypasses the
/// change tracker that counts it otherwise). Everything shown stays (BIN, last four, expiry, name, card type, fingerprint),
/// so orders and lists keep describing the card; only paying with it again is impossible.
/// </summary>
internal static class CardRedaction
{
    public static Action<UpdateSettersBuilder<CreditCard>> EraseNumber(DateTime now) => set => set
        .SetProperty(card => card.NumberCiphertext, (byte[]?)null)
        .SetProperty(card => card.NumberKeyId, (string?)null)
        .SetProperty(card => card.StorageState, CardStorageState.Redacted)
        .SetProperty(card => card.UpdatedAt, now)
        .SetProperty(card => card.Version, card => card.Version + 1);
}
