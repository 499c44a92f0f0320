using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;

namespace JsonApiCards.Api.Security;

/// <summary>The random values of credentials: client ids, client secrets and token ids, 256 bits each, base64url.</summary>
internal static class ClientSecrets
{
    private const int SizeInBytes = 32;

    /// <summary>The length of a value in characters: 32 bytes as unpadded base64url.</summary>
    public const int EncodedLength = 43;

    public static string Generate() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(SizeInBytes));
}
