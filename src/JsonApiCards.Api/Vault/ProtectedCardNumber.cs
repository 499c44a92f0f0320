namespace JsonApiCards.Api.Vault;

/// <summary>A card number encrypted at rest, stored with the id of the data key that encrypted it.</summary>
/// <param name="KeyId">The id of the vault data key that encrypted the number.</param>
/// <param name="Ciphertext">The version byte, the 12-byte nonce, the encrypted digits and the 16-byte AES-GCM tag.</param>
internal sealed record ProtectedCardNumber(string KeyId, byte[] Ciphertext);
