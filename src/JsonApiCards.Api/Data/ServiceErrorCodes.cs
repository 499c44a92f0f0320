namespace JsonApiCards.Api.Data;

/// <summary>
/// Every <c>code</c> the service itself gives an error object: a rule that ties resources together, or access to them
/// refused. Clients switch on these as on the layer's (<see cref="JsonApi.Errors.ErrorCodes"/>), so each is listed in README ("Error codes").
/// </summary>
internal static class ServiceErrorCodes
{
    /// <summary>409: a customer with orders cannot be deleted; orders keep their customer.</summary>
    public const string CustomerHasOrders = "CUSTOMER_HAS_ORDERS";

    /// <summary>409: a placed or approved order cannot be deleted; cancel it instead.</summary>
    public const string OrderPlaced = "ORDER_PLACED";

    /// <summary>409: a card that pays for a placed or approved order cannot be deleted.</summary>
    public const string CardPaysPlacedOrder = "CARD_PAYS_PLACED_ORDER";

    /// <summary>409, <c>source.pointer</c>: the card is already in the customer's wallet.</summary>
    public const string AlreadyInWallet = "ALREADY_IN_WALLET";

    /// <summary>403: a customer-scoped caller asked for something only an integration may do (see README, "Credentials").</summary>
    public const string NotAllowedForCustomer = "NOT_ALLOWED_FOR_CUSTOMER";

    /// <summary>401, with <c>WWW-Authenticate: Bearer</c>: the request carries no bearer token.</summary>
    public const string MissingAccessToken = "MISSING_ACCESS_TOKEN";

    /// <summary>401, with <c>WWW-Authenticate: Bearer error="invalid_token"</c>: the bearer token is malformed, expired, revoked, of a disabled client or for another service.</summary>
    public const string InvalidAccessToken = "INVALID_ACCESS_TOKEN";

    /// <summary>429, with <c>Retry-After</c>: the credential (or, without one, the address) has used up its requests for now.</summary>
    public const string TooManyRequests = "TOO_MANY_REQUESTS";
}
