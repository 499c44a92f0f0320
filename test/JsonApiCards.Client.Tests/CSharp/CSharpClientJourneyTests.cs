using System.Net.Http.Headers;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Client.Tests.CSharp;

/// <summary>
/// An integrator's journey with the C# client NSwag generates from the committed document, against the service in
/// memory: a token with client credentials, then create, list with a filter, sort and include, update and delete a card,
/// and a JSON:API error read as a typed exception.
/// </summary>
public sealed class CSharpClientJourneyTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    private const string JsonApiMediaType = "application/vnd.api+json";

    [Fact]
    public async Task The_generated_client_gets_a_token_and_creates_lists_updates_and_deletes_a_card()
    {
        var (clientId, secret) = await App.CreateApiClientAsync(CardsMode.Test, "C# client journey");
        var recorded = new RecordedRequests();
        using HttpClient http = App.CreateDefaultClient(recorded);
        var client = new JsonApiCardsClient(http);

        TokenResponse token = await client.IssueTokenAsync(new TokenRequest { Grant_type = TokenRequestGrant_type.client_credentials, Client_id = clientId, Client_secret = secret });
        token.Scope.Should().Be("mode:test");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Access_token);

        OrderDocument order = await client.PostOrderAsync(new OrderCreateRequest
        {
            Data = new OrderCreateData { Type = OrderCreateDataType.orders, Attributes = new OrderCreateAttributes { Currency_code = "EUR", Total_amount_cents = 4400 } },
        });
        CreditCardDocument created = await client.PostCreditCardAsync(new CreditCardCreateRequest
        {
            Data = new CreditCardCreateData
            {
                Type = CreditCardCreateDataType.credit_cards,
                Attributes = new CreditCardCreateAttributes
                {
                    First_name = "John", Last_name = "Smith", Number = "4111111111111111", Month = "10", Year = "2030", Verification_value = "123", Reference = "ANYREFEFERNCE",
                },
                Relationships = new CreditCardCreateRelationships { Order = new OrderToOneLinkage { Data = new OrderIdentifier { Type = OrderIdentifierType.orders, Id = order.Data.Id } } },
            },
        });
        created.Data.Attributes!.Card_type.Should().Be(CreditCardAttributesCard_type.visa);
        created.Data.Attributes.Display_number.Should().Be("XXXX-XXXX-XXXX-1111");

        CreditCardCollectionDocument listed = await client.GetCreditCardCollectionAsync(
            include: [CreditCardInclude.Order], filter: "equals(card_type,'visa')", sort: "-created_at", pageSize: 10);
        listed.Data.Select(card => card.Id).Should().Equal(created.Data.Id);
        listed.Included!.Select(resource => (resource.Type, resource.Id)).Should().Equal(("orders", order.Data.Id));
        listed.Meta!.Record_count.Should().Be(1);

        CreditCardDocument updated = await client.PatchCreditCardAsync(created.Data.Id, new CreditCardUpdateRequest
        {
            Data = new CreditCardUpdateData { Type = CreditCardUpdateDataType.credit_cards, Id = created.Data.Id, Attributes = new CreditCardUpdateAttributes { First_name = "Jane" } },
        });
        updated.Data.Attributes!.Full_name.Should().Be("Jane Smith");

        await client.DeleteCreditCardAsync(created.Data.Id);
        Func<Task> readingTheDeletedCard = () => client.GetCreditCardAsync(created.Data.Id);

        var error = (await readingTheDeletedCard.Should().ThrowAsync<ApiException<ErrorDocument>>()).Which;
        error.StatusCode.Should().Be(404);
        error.Result.Errors.Select(e => e.Code).Should().Equal("RESOURCE_NOT_FOUND");
        recorded.Sent.Where(request => request.Path.StartsWith("/api/", StringComparison.Ordinal)).Should().OnlyContain(request =>
            request.Accept == JsonApiMediaType && (request.ContentType == null || request.ContentType == JsonApiMediaType));
        recorded.Sent.Count(request => request.ContentType == JsonApiMediaType).Should().Be(3, "the order, the card and the update carry JSON:API documents");
    }
}
