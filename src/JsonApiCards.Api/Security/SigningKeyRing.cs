using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace JsonApiCards.Api.Security;

/// <summary>The decoded signing keys: the active one signs new tokens, every one validates them (by <c>kid</c>), so keys can be rotated.</summary>
internal sealed class SigningKeyRing
{
    public SigningKeyRing(IOptions<AuthOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        AuthOptions auth = options.Value;
        ValidationKeys = auth.SigningKeys
            .Select(pair => new SymmetricSecurityKey(AuthOptionsValidator.TryDecode(pair.Value, out var key)
                ? key
                : throw new InvalidOperationException($"Auth:SigningKeys:{pair.Key} must be base64 of at least {AuthOptionsValidator.MinKeySizeInBytes} bytes.")) { KeyId = pair.Key })
            .ToList();
        SecurityKey active = ValidationKeys.SingleOrDefault(key => key.KeyId == auth.ActiveSigningKeyId)
            ?? throw new InvalidOperationException("Auth:ActiveSigningKeyId must name a key in Auth:SigningKeys.");
        SigningCredentials = new SigningCredentials(active, SecurityAlgorithms.HmacSha256);
    }

    public SigningCredentials SigningCredentials { get; }

    public IReadOnlyList<SecurityKey> ValidationKeys { get; }
}
