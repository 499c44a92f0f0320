namespace JsonApiCards.Api.Vault;

/// <summary>
/// The key that wraps the vault's data keys (envelope encryption): data keys are stored only wrapped, and only this key
/// unwraps them. <see cref="ConfiguredKeyEncryptionKey"/> holds it in memory from configuration; in production a KMS or
/// HSM implementation, registered before <c>AddCardVault</c>, keeps it out of the service's memory altogether.
/// </summary>
/// <remarks>Asynchronous because a KMS or HSM answers over the network; the vault calls it only when it reads new data keys.</remarks>
internal interface IKeyEncryptionKey
{
    /// <summary>Wraps a data key; <paramref name="context"/> is bound to the result, and the same context must unwrap it.</summary>
    ValueTask<byte[]> WrapAsync(ReadOnlyMemory<byte> dataKey, ReadOnlyMemory<byte> context, CancellationToken cancellationToken);

    /// <summary>Unwraps a data key that <see cref="WrapAsync"/> wrapped under the same context.</summary>
    /// <exception cref="System.Security.Cryptography.CryptographicException">The wrapped key was altered, wrapped under another context or by another key.</exception>
    ValueTask<byte[]> UnwrapAsync(ReadOnlyMemory<byte> wrappedKey, ReadOnlyMemory<byte> context, CancellationToken cancellationToken);
}
