using System.Globalization;
using System.Text.Json;
using JsonApiCards.Api.CreditCards;
using JsonApiCards.Api.Customers;
using JsonApiCards.Api.Orders;
using JsonApiCards.JsonApi.Documents;

namespace JsonApiCards.Benchmarks.Baseline;

/// <summary>
/// The documents of the baseline, written member by member for the three types it serves, as a hand-written API
/// would: no resource graph, no definitions, no generic field loops. They must come out byte for byte as the
/// service's (load.sh compares them).
/// </summary>
internal sealed class BaselineDocument(Utf8JsonWriter writer, string baseUrl)
{
    public void WriteCard(CreditCard card, CardFieldSelection fields, bool withOrderLinkage)
    {
        string self = StartResource(card.Id, "credit_cards");
        if (fields.IsAll)
        {
            WriteStrings(
                ("first_name", card.FirstName),
                ("last_name", card.LastName),
                ("full_name", card.FullName),
                ("month", card.Month),
                ("year", card.Year),
                ("valid_thru", card.ValidThru),
                ("card_type", card.CardType),
                ("display_number", card.DisplayNumber),
                ("name", card.Name),
                ("fingerprint", card.Fingerprint),
                ("storage_state", card.StorageState));
            WriteCommon(card.Reference, card.Metadata, card.CreatedAt, card.UpdatedAt);
        }
        else
        {
            WriteSelected(fields, "first_name", card.FirstName);
            WriteSelected(fields, "last_name", card.LastName);
            WriteSelected(fields, "card_type", card.CardType);
            WriteSelected(fields, "reference", card.Reference);
        }

        writer.WriteEndObject();
        if (fields.IsAll || fields.Contains("order"))
        {
            writer.WriteStartObject("relationships");
            WriteRelationship(self, "order", withOrderLinkage ? ("orders", card.OrderId) : null);
            writer.WriteEndObject();
        }

        EndResource(card.Mode);
    }

    public void WriteOrder(Order order, bool withCustomerLinkage)
    {
        string self = StartResource(order.Id, "orders");
        WriteStrings(
            ("number", order.Number),
            ("status", order.Status),
            ("payment_status", order.PaymentStatus),
            ("currency_code", order.CurrencyCode),
            ("customer_email", order.CustomerEmail));
        writer.WriteNumber("total_amount_cents", order.TotalAmountCents);
        writer.WriteString("formatted_total_amount", order.FormattedTotalAmount);
        WriteCommon(order.Reference, order.Metadata, order.CreatedAt, order.UpdatedAt);
        writer.WriteEndObject();
        WriteRelationships(self, ("customer", withCustomerLinkage ? ("customers", order.CustomerId) : null), ("payment_source", null));
        EndResource(order.Mode);
    }

    public void WriteCustomer(Customer customer)
    {
        string self = StartResource(customer.Id, "customers");
        WriteStrings(("email", customer.Email), ("status", customer.Status));
        writer.WriteBoolean("has_password", customer.HasPassword);
        WriteCommon(customer.Reference, customer.Metadata, customer.CreatedAt, customer.UpdatedAt);
        writer.WriteEndObject();
        WriteRelationships(self, ("orders", null), ("customer_payment_sources", null));
        EndResource(customer.Mode);
    }

    public void WriteTopLevelEnd(string selfUrl)
    {
        writer.WriteStartObject("links");
        writer.WriteString("self", selfUrl);
        writer.WriteEndObject();
        WriteVersion();
    }

    public void WritePageEnd(string selfUrl, long recordCount, long pageCount, BaselinePageLinks links)
    {
        writer.WriteStartObject("meta");
        writer.WriteNumber("record_count", recordCount);
        writer.WriteNumber("page_count", pageCount);
        writer.WriteEndObject();
        writer.WriteStartObject("links");
        writer.WriteString("self", selfUrl);
        writer.WriteString("first", links.First);
        if (links.Prev is not null)
        {
            writer.WriteString("prev", links.Prev);
        }

        if (links.Next is not null)
        {
            writer.WriteString("next", links.Next);
        }

        writer.WriteString("last", links.Last);
        writer.WriteEndObject();
        WriteVersion();
    }

    public static JsonWriterOptions Options => JsonApiWriterOptions.Default;

    /// <summary>Opens the resource object up to and including its attributes object; returns its self link.</summary>
    private string StartResource(long id, string type)
    {
        string idText = id.ToString(CultureInfo.InvariantCulture);
        string self = $"{baseUrl}/{type}/{idText}";
        writer.WriteStartObject();
        writer.WriteString("id", idText);
        writer.WriteString("type", type);
        writer.WriteStartObject("links");
        writer.WriteString("self", self);
        writer.WriteEndObject();
        writer.WriteStartObject("attributes");
        return self;
    }

    private void EndResource(string mode)
    {
        writer.WriteStartObject("meta");
        writer.WriteString("mode", mode);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private void WriteStrings(params ReadOnlySpan<(string Name, string? Value)> members)
    {
        foreach ((string name, string? value) in members)
        {
            writer.WriteString(name, value);
        }
    }

    private void WriteCommon(string? reference, System.Text.Json.Nodes.JsonObject? metadata, DateTime createdAt, DateTime updatedAt)
    {
        writer.WriteString("reference", reference);
        writer.WritePropertyName("metadata");
        if (metadata is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            metadata.WriteTo(writer);
        }

        writer.WriteString("created_at", createdAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        writer.WriteString("updated_at", updatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
    }

    private void WriteSelected(CardFieldSelection fields, string name, string? value)
    {
        if (fields.Contains(name))
        {
            writer.WriteString(name, value);
        }
    }

    private void WriteRelationships(string owner, params ReadOnlySpan<(string Name, (string Type, long? Id)? Linkage)> relationships)
    {
        writer.WriteStartObject("relationships");
        foreach ((string name, (string Type, long? Id)? linkage) in relationships)
        {
            WriteRelationship(owner, name, linkage);
        }

        writer.WriteEndObject();
    }

    private void WriteRelationship(string owner, string name, (string Type, long? Id)? linkage)
    {
        writer.WriteStartObject(name);
        writer.WriteStartObject("links");
        writer.WriteString("self", $"{owner}/relationships/{name}");
        writer.WriteString("related", $"{owner}/{name}");
        writer.WriteEndObject();
        if (linkage is var (type, id))
        {
            writer.WritePropertyName("data");
            if (id is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteStartObject();
                writer.WriteString("type", type);
                writer.WriteString("id", id.Value.ToString(CultureInfo.InvariantCulture));
                writer.WriteEndObject();
            }
        }

        writer.WriteEndObject();
    }

    private void WriteVersion()
    {
        writer.WriteStartObject("jsonapi");
        writer.WriteString("version", "1.1");
        writer.WriteEndObject();
    }
}
