using System.Text.Json.Serialization;
using JsonApiCards.Api.Vault;

namespace JsonApiCards.Api.Adapters.Ottu;

/// <summary>A wallet entry as Ottu's User Cards API lists it, field for field in Ottu's order.</summary>
internal sealed record OttuCard(
    [property: JsonPropertyName("customer_id")] string CustomerId,
    [property: JsonPropertyName("brand")] string Brand,
    [property: JsonPropertyName("name_on_card")] string NameOnCard,
    [property: JsonPropertyName("number")] string Number,
    [property: JsonPropertyName("expiry_month")] string ExpiryMonth,
    [property: JsonPropertyName("expiry_year")] string ExpiryYear,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("pg_code")] string GatewayCode,
    [property: JsonPropertyName("pg_name")] string GatewayName,
    [property: JsonPropertyName("is_preferred")] bool IsPreferred,
    [property: JsonPropertyName("is_expired")] bool IsExpired,
    [property: JsonPropertyName("will_expire_soon")] bool WillExpireSoon,
    [property: JsonPropertyName("cvv_required")] bool CvvRequired,
    [property: JsonPropertyName("agreements")] IReadOnlyList<string> Agreements)
{
    /// <summary>The card as Ottu shows it at <paramref name="now"/>: brand upper-case as Ottu spells it, two-digit expiry, last four only.</summary>
    public static OttuCard Of(string customerId, OttuWalletRow row, DateTimeOffset now, OttuOptions options)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(options);
        bool expired = true, expiresSoon = false;
        if (CardExpiry.TryParseMonth(row.Month, out int month) && CardExpiry.TryParseYear(row.Year, out int year))
        {
            var expiry = new CardExpiry(year, month);
            expired = expiry.IsExpiredAt(now);
            expiresSoon = !expired && expiry.IsExpiredAt(now + options.ExpiryWarningWindow);
        }

        return new OttuCard(
            customerId,
            BrandOf(row.CardType),
            $"{row.FirstName} {row.LastName}".Trim(),
            "**** " + row.LastFour,
            row.Month,
            row.Year.Length == 4 ? row.Year[2..] : row.Year,
            row.Token,
            row.GatewayCode,
            options.GatewayNames.GetValueOrDefault(row.GatewayCode, options.DefaultGatewayName),
            row.IsPreferred,
            expired,
            expiresSoon,
            // The vault never keeps a verification value, so every payment with a saved card asks for it again.
            CvvRequired: true,
            row.AgreementIds);
    }

    // Ottu names two schemes otherwise than the vault's card types; every other brand is the card type in capitals.
    private static string BrandOf(string cardType) => cardType switch
    {
        "master" => "MASTERCARD",
        "american_express" => "AMEX",
        _ => cardType.ToUpperInvariant(),
    };
}
