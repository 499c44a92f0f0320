using System.Text.RegularExpressions;

namespace JsonApiCards.Api.Data;

/// <summary>
/// Email addresses as the service keeps them: trimmed and lower-cased, so that one address is one customer whatever
/// its case, and checked with a plain syntax rule (dot-atom local part, a domain of at least two labels). No display
/// names, comments, quoted local parts or IP literals: a shop's customer email never needs them.
/// </summary>
internal static partial class EmailAddress
{
    public const int MaxLength = 254;
    private const int MaxLocalPartLength = 64;

    public static string Normalize(string? email) => (email ?? "").Trim().ToLowerInvariant();

    /// <summary>Why a normalized address is refused, or null when it is acceptable.</summary>
    public static string? Problem(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        if (email.Length > MaxLength)
        {
            return $"The email may not be longer than {MaxLength} characters.";
        }

        int at = email.IndexOf('@', StringComparison.Ordinal);
        if (at > MaxLocalPartLength || !Syntax().IsMatch(email))
        {
            // Not echoed: an error detail is logged and shown, and an address is personal data.
            return "The email is not a valid email address.";
        }

        return null;
    }

    [GeneratedRegex(@"^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$", RegexOptions.CultureInvariant)]
    private static partial Regex Syntax();
}
