namespace JsonApiCards.Api.Adapters.Ottu;

/// <summary>The <c>Ottu</c> configuration section: how the adapter presents wallet entries as Ottu cards.</summary>
internal sealed class OttuOptions
{
    public const string SectionName = "Ottu";

    /// <summary>How long before its expiry a card reads <c>will_expire_soon</c>: 30 days unless configured.</summary>
    public TimeSpan ExpiryWarningWindow { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Ottu's <c>pg_name</c> (the gateway) of each <c>pg_code</c> (a wallet entry's <c>gateway_code</c>).</summary>
    public Dictionary<string, string> GatewayNames { get; set; } = new(StringComparer.Ordinal) { ["credit-card"] = "mpgs" };

    /// <summary>The <c>pg_name</c> of a gateway code <see cref="GatewayNames"/> does not list.</summary>
    public string DefaultGatewayName { get; set; } = "ottu_pg";
}
