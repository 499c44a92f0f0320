using System.Text.Json.Serialization;

namespace JsonApiCards.Api.Vault;

/// <summary>What <c>vault rotate</c> did in one mode, printed as one JSON line.</summary>
/// <param name="RetiredKeyIds">The mode's retired keys that no card uses any more: each can be removed with <c>vault remove-key</c>.</param>
/// <param name="UnreadableCardIds">Cards whose ciphertext does not decrypt under its key (altered or copied); they keep their old key, which then cannot be removed.</param>
internal sealed record KeyRotationResult(
    [property: JsonPropertyName("mode")] string Mode,
    [property: JsonPropertyName("new_key_id")] string NewKeyId,
    [property: JsonPropertyName("re_encrypted")] int ReEncrypted,
    [property: JsonPropertyName("retired_key_ids")] IReadOnlyList<string> RetiredKeyIds,
    [property: JsonPropertyName("unreadable_card_ids")] IReadOnlyList<long> UnreadableCardIds);
