using System.Text;

namespace JsonApiCards.Api.Vault;

/// <summary>
/// Turns a card number into the ASCII bytes that are encrypted or hashed, in a buffer the caller owns and wipes,
/// so no copy of the number is left on the heap beyond the string the caller already holds.
/// </summary>
internal static class CardNumberBytes
{
    /// <summary>The longest card number any brand issues.</summary>
    public const int MaxLength = 19;

    /// <returns>How many bytes were written.</returns>
    /// <exception cref="ArgumentException">The number is empty, too long or has a non-digit.</exception>
    public static int Encode(string number, Span<byte> destination)
    {
        ArgumentException.ThrowIfNullOrEmpty(number);

        // The messages never include the number: exceptions end up in logs.
        if (number.Length > MaxLength || !number.All(char.IsAsciiDigit))
        {
            throw new ArgumentException($"A card number must be 1 to {MaxLength} digits.", nameof(number));
        }

        return Encoding.ASCII.GetBytes(number, destination);
    }
}
