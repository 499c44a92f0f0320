using System.Buffers.Text;
using System.Security.Cryptography;

namespace JsonApiCards.Api.Data;

/// <summary>
/// Opaque tokens handed to clients in place of internal ids: 32 bytes from the operating system's cryptographic
/// generator, base64url without padding (43 characters, safe in URLs and headers). Collisions are not a practical
/// concern at 256 bits; a unique index still backs every token column.
/// </summary>
internal static class OpaqueToken
{
    public const int Length = 43;

    public static string Create() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}
