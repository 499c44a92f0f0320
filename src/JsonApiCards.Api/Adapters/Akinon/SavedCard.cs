using System.Linq.Expressions;
using System.Text.Json.Serialization;
using JsonApiCards.Api.PaymentSources;

namespace JsonApiCards.Api.Adapters.Akinon;

/// <summary>A wallet entry as an Akinon saved card: its id, times, name, payment source token, the card's last four masked, and its customer.</summary>
internal sealed record SavedCard(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("created_date")] string CreatedDate,
    [property: JsonPropertyName("modified_date")] string ModifiedDate,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("masked_card_number")] string MaskedCardNumber,
    [property: JsonPropertyName("user")] long? User)
{
    /// <summary>The columns a saved card needs, read in the same statement as the wallet entry.</summary>
    public static readonly Expression<Func<CustomerPaymentSource, Row>> Columns = source =>
        new Row(source.Id, source.CreatedAt, source.UpdatedAt, source.Name, source.PaymentSourceToken, source.CustomerId, source.PaymentSource!.LastFour);

    public static SavedCard From(Row row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.Id, DrfDateTime.Format(row.CreatedAt), DrfDateTime.Format(row.UpdatedAt), row.Name, row.Token, "**** **** **** " + row.LastFour, row.CustomerId);
    }

    internal sealed record Row(long Id, DateTime CreatedAt, DateTime UpdatedAt, string Name, string Token, long? CustomerId, string LastFour);
}

/// <summary>DRF's page-number envelope.</summary>
internal sealed record SavedCardPage(
    [property: JsonPropertyName("count")] long Count,
    [property: JsonPropertyName("next")] string? Next,
    [property: JsonPropertyName("previous")] string? Previous,
    [property: JsonPropertyName("results")] IReadOnlyList<SavedCard> Results);
