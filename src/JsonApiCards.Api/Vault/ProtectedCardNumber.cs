namespace JsonApiCards.Api.Vault;

/// <summary>A card number encrypted at rest, stored with the id of the key that encrypted it.</summary>
/// <param name="KeyId">The id of the vault key that encrypted the number.</param>
/// <param name="Ciphertext">The 12-byte nonce, then the encrypted digits, then the 16-byte AES-GCM tag.</param>
internal sealed record ProtectedCardNumber(string KeyId, byte[] Ciphertext);
