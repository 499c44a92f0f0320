namespace JsonApiCards.Api.Adapters.Ottu;

/// <summary>The columns of a wallet entry and its card that an Ottu card shows, read in one query.</summary>
internal sealed record OttuWalletRow(
    long Id,
    string Token,
    string GatewayCode,
    bool IsPreferred,
    List<string> AgreementIds,
    DateTime UpdatedAt,
    string CardType,
    string FirstName,
    string LastName,
    string Month,
    string Year,
    string LastFour);
