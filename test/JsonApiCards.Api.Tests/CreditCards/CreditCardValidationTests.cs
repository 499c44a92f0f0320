using System.Net;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.CreditCards;

public sealed class CreditCardValidationTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Fact]
    public async Task Every_missing_required_attribute_is_reported_with_its_pointer()
    {
        var response = await Client.PostDocumentAsync("/api/credit_cards", """{"data":{"type":"credit_cards","attributes":{}}}""");

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        await Snapshot.MatchAsync(response);
    }

    [Theory]
    [InlineData("4111111111111112", "123", "10", "2030", "/data/attributes/number", "The card number fails the Luhn check.")]
    [InlineData("41111111112", "123", "10", "2030", "/data/attributes/number", "The card number must be 13, 16 or 19 digits long for visa cards, not 11.")]
    [InlineData("4111 1111 1111 1111", "123", "10", "2030", "/data/attributes/number", "The card number must contain digits only, without spaces or dashes.")]
    [InlineData("9111111111111110", "123", "10", "2030", "/data/attributes/number", "The card number does not belong to a supported card brand.")]
    [InlineData("378282246310005", "123", "10", "2030", "/data/attributes/verification_value", "The verification value must be 4 digits for american_express cards.")]
    [InlineData("4111111111111111", "12a", "10", "2030", "/data/attributes/verification_value", "The verification value must be 3 digits for visa cards.")]
    [InlineData("4111111111111111", "123", "13", "2030", "/data/attributes/month", "The expiry month must be a number from 1 to 12.")]
    [InlineData("4111111111111111", "123", "00", "2030", "/data/attributes/month", "The expiry month must be a number from 1 to 12.")]
    [InlineData("4111111111111111", "123", "10", "30", "/data/attributes/year", "The expiry year must have four digits, such as 2030.")]
    public async Task An_invalid_card_is_refused_with_422_pointing_at_the_attribute(string number, string cvv, string month, string year, string pointer, string detail)
    {
        var response = await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create(number: number, verificationValue: cvv, month: month, year: year));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var error = await ErrorDocument.SingleAsync(response);
        error.Pointer.Should().Be(pointer);
        error.Detail.Should().Be(detail);
        error.Status.Should().Be("422");
    }

    [Fact]
    public async Task A_card_that_expired_last_month_is_refused_and_one_expiring_this_month_is_accepted()
    {
        // The clock stands at 2026-03-04.
        var expired = await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create(month: "02", year: "2026"));
        var current = await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create(month: "03", year: "2026"));

        expired.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await ErrorDocument.SingleAsync(expired)).Pointer.Should().Be("/data/attributes/month");
        current.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Names_longer_than_100_characters_are_refused()
    {
        var response = await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create(firstName: new string('a', 101)));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await ErrorDocument.SingleAsync(response)).Pointer.Should().Be("/data/attributes/first_name");
    }

    [Fact]
    public async Task Metadata_must_be_an_object()
    {
        var response = await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create(extraAttributes: """, "metadata": ["foo"]"""));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        await Snapshot.MatchAsync(response);
    }

    [Fact]
    public async Task Computed_and_unknown_attributes_cannot_be_written()
    {
        var response = await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create(extraAttributes: """, "full_name": "X", "card_type": "visa", "colour": "red" """));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        await Snapshot.MatchAsync(response);
    }

    [Fact]
    public async Task A_string_attribute_given_a_number_is_refused()
    {
        var response = await Client.PostDocumentAsync("/api/credit_cards", """{"data":{"type":"credit_cards","attributes":{"first_name":42}}}""");

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var error = await ErrorDocument.SingleAsync(response);
        error.Pointer.Should().Be("/data/attributes/first_name");
        error.Detail.Should().Be("Expected 'first_name' to be a string.");
    }

    [Fact]
    public async Task Nothing_is_saved_when_validation_fails()
    {
        await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create(number: "4111111111111112"));

        await using var db = App.CreateDbContext();
        db.CreditCards.Should().BeEmpty();
    }
}
