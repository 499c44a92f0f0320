namespace JsonApiCards.Api.Tests.CreditCards;

/// <summary>Request bodies of the Commerce Layer credit card document, with a card that has not expired.</summary>
internal static class CreditCardRequests
{
    public const string VisaNumber = "4111111111111111";

    public static string Create(
        string number = VisaNumber,
        string verificationValue = "123",
        string month = "10",
        string year = "2030",
        string firstName = "John",
        string lastName = "Smith",
        string extraAttributes = "",
        string relationships = "") => $$"""
        {
          "data": {
            "type": "credit_cards",
            "attributes": {
              "first_name": "{{firstName}}",
              "last_name": "{{lastName}}",
              "number": "{{number}}",
              "month": "{{month}}",
              "year": "{{year}}",
              "verification_value": "{{verificationValue}}"{{extraAttributes}}
            }{{relationships}}
          }
        }
        """;
}
