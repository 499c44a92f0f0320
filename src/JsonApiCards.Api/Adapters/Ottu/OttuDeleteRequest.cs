namespace JsonApiCards.Api.Adapters.Ottu;

/// <summary>The query of <c>DELETE /b/pbl/v2/card/{token}/</c>: <c>customer_id</c> and <c>type</c>, both required.</summary>
internal sealed record OttuDeleteRequest(string Type, string CustomerId)
{
    public static (OttuDeleteRequest? Request, OttuError? Error) Read(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var fields = new OttuFieldErrors(OttuFieldSource.Of(query));
        string? customerId = fields.RequiredText("customer_id");
        string? type = fields.RequiredChoice("type", OttuType.All);
        return fields.Any ? (null, fields.ToError()) : (new OttuDeleteRequest(type!, customerId!), null);
    }
}
