namespace JsonApiCards.Api.Vault;

/// <summary>An unwrapped data key, held in memory only: the key that encrypts card numbers of one mode.</summary>
internal sealed class DataKey(string id, string mode, byte[] key, bool isActive)
{
    public string Id { get; } = id;

    public string Mode { get; } = mode;

    public bool IsActive { get; } = isActive;

    public ReadOnlySpan<byte> Key => key;

    /// <summary>The same key with another state, keeping the unwrapped bytes (a key-encryption key in a KMS is not asked again).</summary>
    public DataKey WithActive(bool active) => active == IsActive ? this : new(Id, Mode, key, active);

    public override string ToString() => $"{nameof(DataKey)} {{ Id = {Id}, Mode = {Mode}, IsActive = {IsActive} }}";
}
