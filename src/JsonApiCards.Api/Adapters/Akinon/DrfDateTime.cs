using System.Globalization;

namespace JsonApiCards.Api.Adapters.Akinon;

/// <summary>A UTC time as DRF writes it: ISO 8601 with microseconds (left out when zero, as Python does) and <c>Z</c>.</summary>
internal static class DrfDateTime
{
    public static string Format(DateTime utc)
    {
        var whole = new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
        long microseconds = (utc.Ticks % TimeSpan.TicksPerSecond) / TimeSpan.TicksPerMicrosecond;
        return microseconds == 0
            ? whole.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : whole.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "." + microseconds.ToString("000000", CultureInfo.InvariantCulture) + "Z";
    }
}
