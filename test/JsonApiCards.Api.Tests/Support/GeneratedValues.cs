namespace JsonApiCards.Api.Tests.Support;

/// <summary>The random values the service generates (order numbers, wallet tokens), mapped to stable placeholders for snapshots.</summary>
internal static class GeneratedValues
{
    public static Dictionary<string, string> Placeholders(this JsonApiCardsApplication app)
    {
        using var db = app.CreateDbContext();
        var placeholders = db.Orders.ToDictionary(order => order.Number, order => $"<order {order.Id} number>");
        foreach (var source in db.CustomerPaymentSources)
        {
            placeholders[source.CustomerToken] = $"<customer payment source {source.Id} customer_token>";
            placeholders[source.PaymentSourceToken] = $"<customer payment source {source.Id} payment_source_token>";
        }

        return placeholders;
    }
}
