namespace JsonApiCards.Api.PaymentSources;

/// <summary>What a wallet entry's <c>gateway_code</c> (Ottu's <c>pg_code</c>) may be.</summary>
internal static class GatewayCodes
{
    /// <summary>The code of an entry saved without one: cards taken by the merchant's card gateway.</summary>
    public const string Default = "credit-card";

    public const int MaxLength = 64;

    /// <summary>Ottu's limit on an agreement id.</summary>
    public const int MaxAgreementIdLength = 128;

    public const int MaxAgreements = 20;
}
