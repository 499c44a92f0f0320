using System.Security.Cryptography;
using JsonApiCards.Api.Tests.Support;
using JsonApiCards.Api.Vault;
using Microsoft.Extensions.Options;

namespace JsonApiCards.Api.Tests.Vault;

/// <summary>The configured key-encryption key wraps data keys with AES-GCM, bound to the context they were wrapped under.</summary>
public sealed class ConfiguredKeyEncryptionKeyTests
{
    private static readonly byte[] DataKey = Enumerable.Repeat((byte)0x5C, 32).ToArray();
    private static readonly byte[] Context = "key test-1 of test"u8.ToArray();

    private static ConfiguredKeyEncryptionKey Kek(byte fill = 0x0E) => new(Options.Create(TestVaultKeys.Options(keyEncryptionKeyFill: fill)));

    [Fact]
    public async Task A_wrapped_key_unwraps_under_the_same_context_and_holds_no_clear_key()
    {
        // Act
        byte[] wrapped = await Kek().WrapAsync(DataKey, Context, CancellationToken.None);
        byte[] unwrapped = await Kek().UnwrapAsync(wrapped, Context, CancellationToken.None);

        // Assert
        unwrapped.Should().Equal(DataKey);
        wrapped[0].Should().Be(0x01, "the first byte is the format's version");
        wrapped.Should().HaveCount(1 + 12 + 32 + 16);
        wrapped.AsSpan().IndexOf(DataKey.AsSpan(0, 8)).Should().Be(-1);
    }

    [Fact]
    public async Task A_wrapped_key_does_not_unwrap_under_another_context()
    {
        // Arrange
        byte[] wrapped = await Kek().WrapAsync(DataKey, Context, CancellationToken.None);

        // Act
        var unwrap = async () => await Kek().UnwrapAsync(wrapped, "key test-1 of live"u8.ToArray(), CancellationToken.None);

        // Assert
        await unwrap.Should().ThrowAsync<CryptographicException>();
    }

    [Fact]
    public async Task A_wrapped_key_does_not_unwrap_under_another_key_encryption_key()
    {
        // Arrange
        byte[] wrapped = await Kek(0x0E).WrapAsync(DataKey, Context, CancellationToken.None);

        // Act
        var unwrap = async () => await Kek(0x0F).UnwrapAsync(wrapped, Context, CancellationToken.None);

        // Assert
        await unwrap.Should().ThrowAsync<CryptographicException>();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    [InlineData(60)]
    public async Task A_tampered_wrapped_key_does_not_unwrap(int tamperedByte)
    {
        // Arrange
        byte[] wrapped = await Kek().WrapAsync(DataKey, Context, CancellationToken.None);
        wrapped[tamperedByte] ^= 0x01;

        // Act
        var unwrap = async () => await Kek().UnwrapAsync(wrapped, Context, CancellationToken.None);

        // Assert
        await unwrap.Should().ThrowAsync<CryptographicException>();
    }
}
