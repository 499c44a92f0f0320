using System.Globalization;

namespace JsonApiCards.JsonApi.Resources;

/// <summary>The text form of a resource id: a decimal number written as the server writes it.</summary>
public static class ResourceId
{
    /// <summary>
    /// Parses an id in its canonical form only. "01" or "+1" would name resource 1 under a second URL whose links
    /// echo the odd spelling, so they name nothing.
    /// </summary>
    public static bool TryParse(string? text, out long id)
    {
        id = 0;
        return !string.IsNullOrEmpty(text)
            && (text.Length == 1 || text[0] != '0')
            && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id);
    }
}
