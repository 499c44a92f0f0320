using System.Net;
using System.Text.Json;
using JsonApiCards.Api.Tests.Security;
using JsonApiCards.Api.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace JsonApiCards.Api.Tests.Adapters.Akinon;

/// <summary>
/// The Akinon guide's example requests for saved and stored cards, replayed against wallets set up through <c>/api</c>,
/// with their documents kept as snapshots (tokens, card identifiers and session keys as placeholders).
/// </summary>
public sealed class AkinonCardsTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    private async Task<(AkinonStorefront Storefront, string CustomerId)> SignedInCustomerWithTwoCardsAsync()
    {
        string customer = await Client.CreateCustomerWithPasswordAsync("ann@example.com");
        await Client.SaveCardAsync(customer, "4111111111111111", "Card 1");
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        await Client.SaveCardAsync(customer, "5555555555554444", "Card 2");
        var storefront = new AkinonStorefront(App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        await storefront.SignInAsync("ann@example.com", AkinonShop.Password);
        return (storefront, customer);
    }

    private Dictionary<string, string> Placeholders()
    {
        Dictionary<string, string> placeholders = App.Placeholders();
        using var db = App.CreateDbContext();
        foreach (var card in db.CreditCards)
        {
            placeholders[card.CardIdentifier.ToString()] = $"<credit card {card.Id} card_identifier>";
        }

        return placeholders;
    }

    [Fact]
    public async Task Listing_saved_cards_gives_the_wallet_newest_first_in_drfs_page()
    {
        var (storefront, _) = await SignedInCustomerWithTwoCardsAsync();
        using var _ = storefront;

        using HttpResponseMessage response = await storefront.GetAsync("/users/saved-cards/");

        await Snapshot.MatchAsync(response, Placeholders());
    }

    [Fact]
    public async Task Retrieving_a_saved_card_gives_it()
    {
        var (storefront, _) = await SignedInCustomerWithTwoCardsAsync();
        using var _ = storefront;

        using HttpResponseMessage response = await storefront.GetAsync("/users/saved-cards/2/");

        await Snapshot.MatchAsync(response, Placeholders());
    }

    [Fact]
    public async Task Patching_a_saved_card_changes_only_its_name_and_shows_on_the_api_at_once()
    {
        var (storefront, _) = await SignedInCustomerWithTwoCardsAsync();
        using var _ = storefront;
        App.Clock.Advance(TimeSpan.FromMinutes(1));

        using HttpResponseMessage response = await storefront.SendJsonAsync(HttpMethod.Patch, "/users/saved-cards/2/", """{"name":"Travel Card","token":"ignored","user":99}""");

        await Snapshot.MatchAsync(response, Placeholders());
        (await Client.AttributeAsync("/api/customer_payment_sources/2", "name")).Should().Be("Travel Card");
    }

    [Theory]
    [InlineData("en", "{\"name\":42}", "Not a valid string.")]
    [InlineData("tr", "{\"name\":42}", "Geçerli bir metin değil.")]
    [InlineData("en", "LONG", "Ensure this field has no more than 100 characters.")]
    [InlineData("tr", "LONG", "Bu alan en fazla 100 karakter olabilir.")]
    public async Task A_name_that_is_not_a_string_or_too_long_is_a_400_on_the_field(string language, string body, string message)
    {
        var (storefront, _) = await SignedInCustomerWithTwoCardsAsync();
        using var _ = storefront;
        storefront.Language = language;

        using HttpResponseMessage response = await storefront.SendJsonAsync(HttpMethod.Patch, "/users/saved-cards/2/", body == "LONG" ? JsonSerializer.Serialize(new { name = new string('n', 101) }) : body);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Be($$"""{"name":["{{message}}"]}""");
        (await Client.AttributeAsync("/api/customer_payment_sources/2", "name")).Should().Be("Card 2");
    }

    [Fact]
    public async Task Deleting_a_saved_card_is_a_204_and_the_wallet_entry_is_gone_from_the_api()
    {
        var (storefront, _) = await SignedInCustomerWithTwoCardsAsync();
        using var _ = storefront;

        using HttpResponseMessage response = await storefront.DeleteAsync("/users/saved-cards/2/");

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await response.Content.ReadAsStringAsync()).Should().BeEmpty();
        (await Client.GetAsync("/api/customer_payment_sources/2")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Client.AttributeAsync("/api/credit_cards/2", "storage_state")).Should().NotBe("retained");
    }

    [Fact]
    public async Task Another_customers_saved_card_is_not_found()
    {
        var (storefront, _) = await SignedInCustomerWithTwoCardsAsync();
        using var _ = storefront;
        string other = await Client.CreateCustomerAsync("bob@example.com");
        await Client.SaveCardAsync(other, "4012888888881881");

        foreach (HttpMethod method in new[] { HttpMethod.Get, HttpMethod.Patch, HttpMethod.Delete })
        {
            using HttpResponseMessage response = await storefront.SendJsonAsync(method, "/users/saved-cards/3/", """{"name":"mine now"}""");
            response.StatusCode.Should().Be(HttpStatusCode.NotFound);
            (await response.Content.ReadAsStringAsync()).Should().Be("""{"detail":"Not found."}""");
        }
    }

    [Fact]
    public async Task A_card_saved_through_the_api_is_a_saved_card_with_the_same_token_at_once()
    {
        var (storefront, customer) = await SignedInCustomerWithTwoCardsAsync();
        using var _ = storefront;
        await Client.SaveCardAsync(customer, "4012888888881881");
        string? token = await Client.AttributeAsync("/api/customer_payment_sources/3", "payment_source_token");

        using HttpResponseMessage response = await storefront.GetAsync("/users/saved-cards/3/");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.ReadJsonAsync()).GetProperty("token").GetString().Should().Be(token);
    }

    [Theory]
    [InlineData("?limit=1", 2, 1, "http://localhost/users/saved-cards/?limit=1&page=2", null)]
    [InlineData("?limit=1&page=2", 2, 1, null, "http://localhost/users/saved-cards/?limit=1")]
    [InlineData("?page=last&limit=1&x=a b", 2, 1, null, "http://localhost/users/saved-cards/?limit=1&x=a+b")]
    [InlineData("?limit=abc", 2, 2, null, null)]
    public async Task Pages_follow_drfs_page_number_pagination(string query, long count, int results, string? next, string? previous)
    {
        var (storefront, _) = await SignedInCustomerWithTwoCardsAsync();
        using var _ = storefront;

        using HttpResponseMessage response = await storefront.GetAsync("/users/saved-cards/" + query);

        JsonElement page = await response.ReadJsonAsync();
        page.GetProperty("count").GetInt64().Should().Be(count);
        page.GetProperty("results").GetArrayLength().Should().Be(results);
        page.GetProperty("next").GetString().Should().Be(next);
        page.GetProperty("previous").GetString().Should().Be(previous);
    }

    [Theory]
    [InlineData("?page=3&limit=1", "en", "Invalid page.")]
    [InlineData("?page=0", "en", "Invalid page.")]
    [InlineData("?page=two", "tr", "Geçersiz sayfa.")]
    public async Task A_page_that_does_not_exist_is_drfs_404(string query, string language, string detail)
    {
        var (storefront, _) = await SignedInCustomerWithTwoCardsAsync();
        using var _ = storefront;
        storefront.Language = language;

        using HttpResponseMessage response = await storefront.GetAsync("/users/saved-cards/" + query);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().Be($$"""{"detail":"{{detail}}"}""");
    }

    [Fact]
    public async Task Listing_stored_cards_gives_bin_and_last_four_and_a_stable_identifier()
    {
        var (storefront, _) = await SignedInCustomerWithTwoCardsAsync();
        using var _ = storefront;

        using HttpResponseMessage response = await storefront.GetAsync("/users/stored-cards/");

        await Snapshot.MatchAsync(response, Placeholders());
    }

    [Fact]
    public async Task Deleting_a_stored_card_is_a_200_and_takes_it_out_of_the_wallet_on_every_surface()
    {
        var (storefront, _) = await SignedInCustomerWithTwoCardsAsync();
        using var _ = storefront;
        await using var db = App.CreateDbContext();
        Guid identifier = db.CreditCards.Single(card => card.Id == 1).CardIdentifier;

        using HttpResponseMessage response = await storefront.DeleteAsync($"/users/stored-cards/{identifier}/");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().BeEmpty();
        (await Client.GetAsync("/api/customer_payment_sources/1")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await (await storefront.GetAsync("/users/stored-cards/")).Content.ReadAsStringAsync()).Should().NotContain(identifier.ToString());
        (await storefront.DeleteAsync($"/users/stored-cards/{identifier}/")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Paths_behave_as_djangos_append_slash()
    {
        var (storefront, _) = await SignedInCustomerWithTwoCardsAsync();
        using var _ = storefront;

        using HttpResponseMessage redirect = await storefront.GetAsync("/users/saved-cards?page=1&limit=5");
        using HttpResponseMessage post = await storefront.SendJsonAsync(HttpMethod.Patch, "/users/saved-cards/1", """{"name":"x"}""");
        using HttpResponseMessage unknown = await storefront.GetAsync("/users/unknown/");

        redirect.StatusCode.Should().Be(HttpStatusCode.MovedPermanently);
        redirect.Headers.Location!.ToString().Should().Be("/users/saved-cards/?page=1&limit=5");
        post.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await post.Content.ReadAsStringAsync()).Should().Be("""{"detail":"Not found."}""");
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await unknown.Content.ReadAsStringAsync()).Should().Be("""{"detail":"Not found."}""");
    }

    [Fact]
    public async Task A_method_the_path_does_not_take_is_a_405_and_a_body_not_json_a_415()
    {
        var (storefront, _) = await SignedInCustomerWithTwoCardsAsync();
        using var _ = storefront;
        storefront.Language = "en";

        using HttpResponseMessage put = await storefront.SendJsonAsync(HttpMethod.Put, "/users/saved-cards/1/", """{"name":"x"}""");
        using HttpResponseMessage text = await storefront.SendJsonAsync(HttpMethod.Patch, "/users/saved-cards/1/", "name=x", "text/plain");

        put.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        (await put.Content.ReadAsStringAsync()).Should().Be("""{"detail":"Method \"PUT\" not allowed."}""");
        text.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await text.Content.ReadAsStringAsync()).Should().Be("""{"detail":"Unsupported media type \"text/plain\" in request."}""");
    }
}
