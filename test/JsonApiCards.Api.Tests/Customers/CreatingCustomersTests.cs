using System.Net;
using JsonApiCards.Api.Customers;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.Customers;

public sealed class CreatingCustomersTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    private static readonly string TooLong = new string('a', 64) + "@" + string.Join('.', Enumerable.Repeat(new string('b', 61), 4));

    [Fact]
    public async Task A_new_customer_is_a_prospect_with_the_email_trimmed_and_lower_cased()
    {
        var response = await PostAttributesAsync("""{ "email": "  Ann.Smith@Example.COM ", "reference": "CUST-1" }""");

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        await Snapshot.MatchAsync(response);
    }

    [Fact]
    public async Task A_customer_without_an_email_is_refused()
    {
        var response = await PostAttributesAsync("{}");

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        await Snapshot.MatchAsync(response);
    }

    [Theory]
    [InlineData("   ", "The email is required.")]
    [InlineData("ann", "The email is not a valid email address.")]
    [InlineData("ann@example", "The email is not a valid email address.")]
    [InlineData("ann@@example.com", "The email is not a valid email address.")]
    [InlineData("Ann Smith@example.com", "The email is not a valid email address.")]
    [InlineData(".ann@example.com", "The email is not a valid email address.")]
    [InlineData("ann..smith@example.com", "The email is not a valid email address.")]
    [InlineData("ann@-example.com", "The email is not a valid email address.")]
    [InlineData("ann@exam_ple.com", "The email is not a valid email address.")]
    public async Task An_invalid_email_is_a_422_on_the_email(string email, string detail)
    {
        var response = await Client.PostCustomerAsync(email);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await ErrorDocument.SingleAsync(response)).Should().Be(new ErrorDocument.ErrorItem("422", "INVALID_ATTRIBUTE", "Input validation failed.", detail, "/data/attributes/email", null, null));
    }

    [Fact]
    public async Task An_email_longer_than_254_characters_is_refused()
    {
        TooLong.Length.Should().BeGreaterThan(EmailAddress.MaxLength);

        var response = await Client.PostCustomerAsync(TooLong);

        (await ErrorDocument.SingleAsync(response)).Detail.Should().Be($"The email may not be longer than {EmailAddress.MaxLength} characters.");
    }

    [Fact]
    public async Task A_local_part_longer_than_64_characters_is_refused()
    {
        string email = new string('a', 65) + "@example.com";

        var response = await Client.PostCustomerAsync(email);

        (await ErrorDocument.SingleAsync(response)).Detail.Should().Be("The email is not a valid email address.");
    }

    [Fact]
    public async Task An_email_another_customer_has_in_any_case_is_refused()
    {
        await Client.CreateCustomerAsync("ann@example.com");

        var response = await Client.PostCustomerAsync("ANN@example.com");

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        await Snapshot.MatchAsync(response);
    }

    [Fact]
    public async Task The_same_email_in_the_other_mode_belongs_to_another_customer()
    {
        await App.SeedAsync(new Customer { Email = "ann@example.com", Mode = CardsMode.Live });

        var response = await Client.PostCustomerAsync("ann@example.com");

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        (await Client.GetIdsAsync("/api/customers")).Should().Equal("2");
    }

    [Fact]
    public async Task The_status_cannot_be_written()
    {
        var response = await PostAttributesAsync("""{ "email": "ann@example.com", "status": "repeat" }""");

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        await Snapshot.MatchAsync(response);
    }

    [Fact]
    public async Task Changing_the_email_to_another_customers_is_refused()
    {
        await Client.CreateCustomerAsync("ann@example.com");
        string bob = await Client.CreateCustomerAsync("bob@example.com");

        var response = await Client.PatchDocumentAsync($"/api/customers/{bob}", $$"""
            { "data": { "type": "customers", "id": "{{bob}}", "attributes": { "email": "Ann@Example.com" } } }
            """);

        (await ErrorDocument.SingleAsync(response)).Should().Be(new ErrorDocument.ErrorItem(
            "422", "INVALID_ATTRIBUTE", "Input validation failed.", "Another customer already has this email.", "/data/attributes/email", null, null));
    }

    [Fact]
    public async Task Changing_the_case_of_a_customers_own_email_keeps_it()
    {
        string ann = await Client.CreateCustomerAsync("ann@example.com");

        var response = await Client.PatchDocumentAsync($"/api/customers/{ann}", $$"""
            { "data": { "type": "customers", "id": "{{ann}}", "attributes": { "email": "ANN@EXAMPLE.COM", "reference": "R" } } }
            """);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Client.AttributeAsync($"/api/customers/{ann}", "email")).Should().Be("ann@example.com");
    }

    private Task<HttpResponseMessage> PostAttributesAsync(string attributes) =>
        Client.PostDocumentAsync("/api/customers", $$"""{ "data": { "type": "customers", "attributes": {{attributes}} } }""");
}
