namespace JsonApiCards.Api.Vault;

/// <summary>The contents of the development key file, in the shape of the <c>Vault</c> configuration section.</summary>
internal sealed record DevelopmentVaultKeys(string KeyEncryptionKey, string FingerprintKey)
{
    // Key material must not reach logs through a formatted record.
    public override string ToString() => nameof(DevelopmentVaultKeys);
}
