using System.Buffers;
using System.Buffers.Text;
using Microsoft.Extensions.Options;

namespace JsonApiCards.Api.Security;

/// <summary>Refuses to start the service with signing keys that are missing, short or inconsistent, or with lifetimes that make no sense.</summary>
/// <remarks>Messages name the configuration keys but never repeat their values.</remarks>
internal sealed class AuthOptionsValidator(IHostEnvironment environment) : IValidateOptions<AuthOptions>
{
    public const int MinKeySizeInBytes = 32;

    private const int MaxKeyIdLength = 64;

    // Key ids travel in every token's header (kid).
    private static readonly SearchValues<char> KeyIdCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.");

    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        if (options.SigningKeys.Count == 0)
        {
            return ValidateOptionsResult.Fail(
                $"No token signing keys are configured for the '{environment.EnvironmentName}' environment. " +
                "Set Auth:SigningKeys:{keyId} (base64 of 32 or more random bytes) and Auth:ActiveSigningKeyId " +
                "from a secret store. Keys are generated only in the Development environment.");
        }

        List<string> failures = [];
        foreach (var (keyId, key) in options.SigningKeys)
        {
            if (keyId.Length is 0 or > MaxKeyIdLength || keyId.AsSpan().ContainsAnyExcept(KeyIdCharacters))
            {
                failures.Add($"The signing key id '{keyId}' must be 1 to {MaxKeyIdLength} letters, digits, '-', '_' or '.'.");
            }

            if (!TryDecode(key, out _))
            {
                failures.Add($"Auth:SigningKeys:{keyId} must be base64 of at least {MinKeySizeInBytes} bytes.");
            }
        }

        if (string.IsNullOrEmpty(options.ActiveSigningKeyId))
        {
            failures.Add("Auth:ActiveSigningKeyId must name the key in Auth:SigningKeys that signs new tokens.");
        }
        else if (!options.SigningKeys.ContainsKey(options.ActiveSigningKeyId))
        {
            failures.Add($"Auth:ActiveSigningKeyId is '{options.ActiveSigningKeyId}', but there is no Auth:SigningKeys:{options.ActiveSigningKeyId}.");
        }

        if (options.TokenLifetime <= TimeSpan.Zero)
        {
            failures.Add("Auth:TokenLifetime must be positive.");
        }

        if (options.ClockSkew < TimeSpan.Zero)
        {
            failures.Add("Auth:ClockSkew must not be negative.");
        }

        if (options.RevocationRefreshInterval <= TimeSpan.Zero)
        {
            failures.Add("Auth:RevocationRefreshInterval must be positive.");
        }

        if (string.IsNullOrWhiteSpace(options.Issuer) || string.IsNullOrWhiteSpace(options.Audience))
        {
            failures.Add("Auth:Issuer and Auth:Audience must not be empty.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public static bool TryDecode(string? base64, out byte[] key)
    {
        key = [];
        if (string.IsNullOrWhiteSpace(base64) || !Base64.IsValid(base64, out var decodedLength) || decodedLength < MinKeySizeInBytes)
        {
            return false;
        }

        key = Convert.FromBase64String(base64);
        return true;
    }
}
