using JsonApiCards.Api.Data;

namespace JsonApiCards.Api.Security;

/// <summary>
/// Who is calling, and in which mode. Credentials (OAuth2 client credentials, customer tokens) are not issued yet,
/// so every caller works in test mode; the mode still scopes every query, so data is partitioned from day one.
/// </summary>
public sealed class CallerContext
{
    public string Mode { get; init; } = CardsMode.Test;
}
