namespace JsonApiCards.Api.Security;

/// <summary>The contents of the development signing key file, in the shape of the <c>Auth</c> configuration section.</summary>
internal sealed record DevelopmentSigningKeys(string ActiveSigningKeyId, Dictionary<string, string> SigningKeys)
{
    public const string KeyId = "development";

    private const string FileName = "signing-keys.json";

    // Key material must not reach logs through a formatted record.
    public override string ToString() => $"{nameof(DevelopmentSigningKeys)} {{ ActiveSigningKeyId = {ActiveSigningKeyId} }}";

    /// <summary>Reads the keys from <paramref name="path"/> (<c>~/.jsonapicards/signing-keys.json</c> when null), first generating them if the file does not exist.</summary>
    public static DevelopmentSigningKeys Load(string? path) =>
        DevelopmentSecretFile.Load(
            DevelopmentSecretFile.ResolvePath(path, FileName),
            "development signing key file",
            () => new DevelopmentSigningKeys(KeyId, new() { [KeyId] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(AuthOptionsValidator.MinKeySizeInBytes)) }),
            keys => keys is { ActiveSigningKeyId: not null, SigningKeys: not null });
}
