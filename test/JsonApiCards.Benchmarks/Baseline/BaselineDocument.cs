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
        string self = $"{baseUrl}/credit_cards/{card.Id.ToString(CultureInfo.InvariantCulture)}";
        StartResource(card.Id, "credit_cards", self);
        writer.WriteStartObject("attributes");
        if (fields.IsAll)
        {
            writer.WriteString("first_name", card.FirstName);
            writer.WriteString("last_name", card.LastName);
            writer.WriteString("full_name", card.FullName);
            writer.WriteString("month", card.Month);
            writer.WriteString("year", card.Year);
            writer.WriteString("valid_thru", card.ValidThru);
            writer.WriteString("card_type", card.CardType);
            writer.WriteString("display_number", card.DisplayNumber);
            writer.WriteString("name", card.Name);
            writer.WriteString("fingerprint", card.Fingerprint);
            writer.WriteString("storage_state", card.StorageState);
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

        WriteMode(card.Mode);
        writer.WriteEndObject();
    }

    public void WriteOrder(Order order, bool withCustomerLinkage)
    {
        string self = $"{baseUrl}/orders/{order.Id.ToString(CultureInfo.InvariantCulture)}";
        StartResource(order.Id, "orders", self);
        writer.WriteStartObject("attributes");
        writer.WriteString("number", order.Number);
        writer.WriteString("status", order.Status);
        writer.WriteString("payment_status", order.PaymentStatus);
        writer.WriteString("currency_code", order.CurrencyCode);
        writer.WriteString("customer_email", order.CustomerEmail);
        writer.WriteNumber("total_amount_cents", order.TotalAmountCents);
        writer.WriteString("formatted_total_amount", order.FormattedTotalAmount);
        WriteCommon(order.Reference, order.Metadata, order.CreatedAt, order.UpdatedAt);
        writer.WriteEndObject();
        writer.WriteStartObject("relationships");
        WriteRelationship(self, "customer", withCustomerLinkage ? ("customers", order.CustomerId) : null);
        WriteRelationship(self, "payment_source", null);
        writer.WriteEndObject();
        WriteMode(order.Mode);
        writer.WriteEndObject();
    }

    public void WriteCustomer(Customer customer)
    {
        string self = $"{baseUrl}/customers/{customer.Id.ToString(CultureInfo.InvariantCulture)}";
        StartResource(customer.Id, "customers", self);
        writer.WriteStartObject("attributes");
        writer.WriteString("email", customer.Email);
        writer.WriteString("status", customer.Status);
        WriteCommon(customer.Reference, customer.Metadata, customer.CreatedAt, customer.UpdatedAt);
        writer.WriteEndObject();
        writer.WriteStartObject("relationships");
        WriteRelationship(self, "orders", null);
        WriteRelationship(self, "customer_payment_sources", null);
        writer.WriteEndObject();
        WriteMode(customer.Mode);
        writer.WriteEndObject();
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

    private void WriteMode(string mode)
    {
        writer.WriteStartObject("meta");
        writer.WriteString("mode", mode);
        writer.WriteEndObject();
    }

    private void StartResource(long id, string type, string self)
    {
        writer.WriteStartObject();
        writer.WriteString("id", id.ToString(CultureInfo.InvariantCulture));
        writer.WriteString("type", type);
        writer.WriteStartObject("links");
        writer.WriteString("self", self);
        writer.WriteEndObject();
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
