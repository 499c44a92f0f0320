using System.Net;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace JsonApiCards.Api.Tests.CreditCards;

/// <summary>
/// In test mode only published test card numbers are stored (<c>Vault:TestCardNumbers</c>, or the built-in list), so real
/// card data never sits under test keys; a real number is a 422 on the number, as payment platforms answer. Live mode takes
/// any valid number.
/// </summary>
public sealed class TestModeCardNumbersTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    private const string RealVisa = "4916338506082832";

    [Fact]
    public async Task A_real_number_is_refused_in_test_mode()
    {
        var response = await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create(number: RealVisa));

        (await ErrorDocument.SingleAsync(response)).Should().Be(new ErrorDocument.ErrorItem(
            "422", "INVALID_ATTRIBUTE", "Input validation failed.", "Test mode takes test card numbers only; see README (Card data) for the numbers it takes.",
            "/data/attributes/number", null, null));
        (await Client.GetIdsAsync("/api/credit_cards")).Should().BeEmpty();
    }

    [Fact]
    public async Task The_same_number_is_taken_in_live_mode()
    {
        using HttpClient live = App.CreateJsonApiClient(CardsMode.Live);

        var response = await live.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create(number: RealVisa));

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_configured_list_replaces_the_built_in_one()
    {
        await using WebApplicationFactory<Program> host = App.WithWebHostBuilder(builder => builder.UseSetting("Vault:TestCardNumbers:0", "5105105105105100"));
        using HttpClient client = host.CreateDocumentCheckedClient();
        client.DefaultRequestHeaders.Authorization = App.AuthorizationFor(CardsMode.Test);

        var listed = await client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create(number: "5105105105105100"));
        var unlisted = await client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create(number: CreditCardRequests.VisaNumber));

        listed.StatusCode.Should().Be(HttpStatusCode.Created, await listed.Content.ReadAsStringAsync());
        (await ErrorDocument.SingleAsync(unlisted)).Should().BeEquivalentTo(new { Status = "422", Pointer = "/data/attributes/number" });
    }

    [Fact]
    public void A_configured_number_no_card_could_have_stops_the_service_at_start_up()
    {
        using WebApplicationFactory<Program> host = App.WithWebHostBuilder(builder => builder.UseSetting("Vault:TestCardNumbers:0", "4111111111111112"));

        Action start = () => _ = host.Server;

        start.Should().Throw<OptionsValidationException>().WithMessage("Vault:TestCardNumbers:0 is not a card number*")
            .Which.Message.Should().NotContain("4111111111111112");
    }
}
