namespace JsonApiCards.Api.Vault;

/// <summary>
/// A data key as stored: wrapped by the key-encryption key, never in clear. Each mode has exactly one <c>active</c> key,
/// which encrypts new numbers; <c>retired</c> keys only decrypt what they encrypted until <c>vault rotate</c> has moved
/// every card off them and <c>vault remove-key</c> deletes them.
/// </summary>
public sealed class VaultDataKey
{
    /// <summary>The key id stored beside every ciphertext it made, such as <c>test-20261204-9f86d081</c>.</summary>
    public string Id { get; set; } = "";

    public string Mode { get; set; } = "";

    public byte[] WrappedKey { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    public string State { get; set; } = DataKeyState.Active;

    // The wrapped key is safe to print, but nothing about a key needs to be in a log beyond which one it is.
    public override string ToString() => $"{nameof(VaultDataKey)} {{ Id = {Id}, Mode = {Mode}, State = {State} }}";
}
