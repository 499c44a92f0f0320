using System.Net;
using System.Net.Http.Headers;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.Security;

/// <summary>
/// A customer token (the password grant) sees and changes only its own customer, orders, wallet and the cards on those;
/// another customer's records are 404s everywhere, and what only an integration may do is a 403.
/// </summary>
public sealed class CustomerScopeTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    private const string Token = "/oauth/token";
    private const string AnnPassword = "correct horse battery";
    private const string BobPassword = "another long secret";

    [Fact]
    public async Task The_password_grant_answers_a_customer_token_for_the_right_email_and_password()
    {
        Shop shop = await SeedShopAsync();
        using HttpClient anonymous = App.CreateAnonymousJsonApiClient();

        var response = await anonymous.PostFormAsync(Token,
            ("grant_type", "password"), ("username", " ANN@example.com "), ("password", AnnPassword), ("client_id", shop.ClientId), ("client_secret", shop.Secret));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await response.ReadJsonAsync();
        (body.GetProperty("token_type").GetString(), body.GetProperty("scope").GetString()).Should().Be(("bearer", $"mode:test customer:{shop.Ann}"));
    }

    [Theory]
    [InlineData("ann@example.com", "wrong password!")]
    [InlineData("nobody@example.com", AnnPassword)]
    [InlineData("carol@example.com", AnnPassword)]
    public async Task A_wrong_password_an_unknown_email_and_a_customer_without_a_password_are_each_invalid_grant(string username, string password)
    {
        Shop shop = await SeedShopAsync();
        using HttpClient anonymous = App.CreateAnonymousJsonApiClient();

        var response = await anonymous.PostFormAsync(Token,
            ("grant_type", "password"), ("username", username), ("password", password), ("client_id", shop.ClientId), ("client_secret", shop.Secret));

        await response.ShouldBeOAuthErrorAsync(HttpStatusCode.BadRequest, "invalid_grant");
    }

    [Fact]
    public async Task The_password_grant_needs_the_integrations_credentials_and_finds_customers_of_its_mode_only()
    {
        Shop shop = await SeedShopAsync();
        var (liveId, liveSecret) = await App.CreateApiClientAsync(CardsMode.Live, "live shop");
        using HttpClient anonymous = App.CreateAnonymousJsonApiClient();

        var withoutClient = await anonymous.PostFormAsync(Token, ("grant_type", "password"), ("username", "ann@example.com"), ("password", AnnPassword));
        var otherMode = await anonymous.PostFormAsync(Token,
            ("grant_type", "password"), ("username", "ann@example.com"), ("password", AnnPassword), ("client_id", liveId), ("client_secret", liveSecret));

        await withoutClient.ShouldBeOAuthErrorAsync(HttpStatusCode.Unauthorized, "invalid_client");
        await otherMode.ShouldBeOAuthErrorAsync(HttpStatusCode.BadRequest, "invalid_grant");
        shop.Should().NotBeNull();
    }

    [Fact]
    public async Task The_password_is_write_only_and_has_password_tells_whether_there_is_one()
    {
        Shop shop = await SeedShopAsync();

        string annDocument = await Client.GetStringAsync($"/api/customers/{shop.Ann}");
        string carolDocument = await Client.GetStringAsync($"/api/customers/{shop.Carol}");
        var setHasPassword = await Client.PatchDocumentAsync($"/api/customers/{shop.Carol}",
            $$$$"""{"data":{"type":"customers","id":"{{{{shop.Carol}}}}","attributes":{"has_password":true}}}""");
        var tooShort = await Client.PatchDocumentAsync($"/api/customers/{shop.Carol}",
            $$$$"""{"data":{"type":"customers","id":"{{{{shop.Carol}}}}","attributes":{"password":"short"}}}""");

        annDocument.Should().Contain("\"has_password\":true").And.NotContain("\"password\"").And.NotContain(AnnPassword).And.NotContain("AQAAAA");
        carolDocument.Should().Contain("\"has_password\":false");
        (await ErrorDocument.SingleAsync(setHasPassword)).Code.Should().Be("READ_ONLY_ATTRIBUTE");
        (await ErrorDocument.SingleAsync(tooShort)).Pointer.Should().Be("/data/attributes/password");
    }

    [Fact]
    public void No_snapshot_holds_a_password_or_its_hash()
    {
        string root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", ".."));
        string[] snapshots = Directory.GetFiles(root, "*.txt", SearchOption.AllDirectories).Where(path => path.Contains("__snapshots__", StringComparison.Ordinal)).ToArray();

        snapshots.Should().NotBeEmpty();
        snapshots.Where(path => File.ReadAllText(path) is var text && (text.Contains("\"password\"", StringComparison.Ordinal) || text.Contains("password_hash", StringComparison.Ordinal)))
            .Should().BeEmpty();
    }

    [Fact]
    public async Task A_customer_lists_counts_and_includes_only_its_own_records()
    {
        Shop shop = await SeedShopAsync();
        using HttpClient ann = await CustomerClientAsync(shop, "ann@example.com", AnnPassword);

        var customers = await ann.GetIdsAndRecordCountAsync("/api/customers");
        var orders = await ann.GetIdsAndRecordCountAsync("/api/orders?page[size]=1");
        var cards = await ann.GetIdsAndRecordCountAsync("/api/credit_cards");
        var wallet = await ann.GetIdsAndRecordCountAsync("/api/customer_payment_sources");
        string included = await ann.GetStringAsync($"/api/customers/{shop.Ann}?include=orders.payment_source,customer_payment_sources.payment_source");
        var filtered = await ann.GetIdsAsync("/api/credit_cards?filter[card_type]=visa");
        var sorted = await ann.GetIdsAsync("/api/orders?sort=-created_at");
        string pageLinks = await ann.GetStringAsync("/api/orders?page[size]=1");

        customers.Ids.Should().Equal(shop.Ann);
        customers.RecordCount.Should().Be(1);
        orders.RecordCount.Should().Be(2);
        cards.Ids.Should().BeEquivalentTo(shop.AnnOrderCard, shop.AnnWalletCard).And.HaveCount((int)cards.RecordCount);
        wallet.Ids.Should().Equal(shop.AnnWalletEntry);
        included.Should().NotContain($"\"id\":\"{shop.BobOrder}\",\"type\":\"orders\"").And.NotContain($"\"id\":\"{shop.BobCard}\",\"type\":\"credit_cards\"");
        filtered.Should().BeEquivalentTo(shop.AnnOrderCard, shop.AnnWalletCard);
        sorted.Should().BeEquivalentTo(shop.AnnOrders);
        pageLinks.Should().Contain("page%5Bnumber%5D=2").And.NotContain("page%5Bnumber%5D=3");
    }

    [Fact]
    public async Task A_customer_list_filtered_through_a_to_many_relationship_counts_only_its_own_records()
    {
        // Such a list counts on a second connection while it reads its page: the count must keep the caller's scope too.
        Shop shop = await SeedShopAsync();
        using HttpClient ann = await CustomerClientAsync(shop, "ann@example.com", AnnPassword);

        var customers = await ann.GetIdsAndRecordCountAsync("/api/customers?filter=has(orders)");
        var orders = await ann.GetIdsAndRecordCountAsync("/api/orders?filter=has(customer.orders)&page[size]=1");
        var ordersOfOthers = await ann.GetIdsAndRecordCountAsync("/api/orders?filter=not(has(customer.orders))");

        customers.Should().BeEquivalentTo((new List<string> { shop.Ann }, 1L));
        orders.Ids.Should().ContainSingle().Which.Should().BeOneOf(shop.AnnOrders);
        orders.RecordCount.Should().Be(2);
        ordersOfOthers.Should().BeEquivalentTo((new List<string>(), 0L), "another customer's order is outside the caller's scope, whatever the filter says of it");
    }

    [Fact]
    public async Task Another_customers_ids_are_404_on_every_kind_of_route()
    {
        Shop shop = await SeedShopAsync();
        using HttpClient ann = await CustomerClientAsync(shop, "ann@example.com", AnnPassword);
        string[] urls =
        [
            $"/api/customers/{shop.Bob}", $"/api/customers/{shop.Bob}/orders", $"/api/customers/{shop.Bob}/relationships/orders",
            $"/api/orders/{shop.BobOrder}", $"/api/orders/{shop.BobOrder}/payment_source", $"/api/orders/{shop.BobOrder}/relationships/customer",
            $"/api/credit_cards/{shop.BobCard}", $"/api/credit_cards/{shop.BobCard}/order",
            $"/api/customer_payment_sources/{shop.BobWalletEntry}",
        ];

        var statuses = new List<HttpStatusCode>();
        foreach (string url in urls)
        {
            statuses.Add((await ann.GetAsync(url)).StatusCode);
        }

        var patch = await ann.PatchOrderAsync(shop.BobOrder, """{"reference":"mine"}""");
        var delete = await ann.DeleteAsync($"/api/customer_payment_sources/{shop.BobWalletEntry}");
        var linkOthers = await ann.PatchDocumentAsync($"/api/credit_cards/{shop.AnnOrderCard}/relationships/order", $$$"""{"data":{"type":"orders","id":"{{{shop.BobOrder}}}"}}""");

        statuses.Should().AllSatisfy(status => status.Should().Be(HttpStatusCode.NotFound));
        (patch.StatusCode, delete.StatusCode, linkOthers.StatusCode).Should().Be((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task What_only_an_integration_may_do_is_a_403_for_a_customer()
    {
        Shop shop = await SeedShopAsync();
        using HttpClient ann = await CustomerClientAsync(shop, "ann@example.com", AnnPassword);

        HttpResponseMessage[] refused =
        [
            await ann.DeleteAsync($"/api/customers/{shop.Ann}"),
            await ann.PostCustomerAsync("new@example.com"),
            await ann.PatchOrderAsync(shop.AnnOrders[0], """{"payment_status":"paid"}"""),
            await ann.SendDocumentAsync(HttpMethod.Delete, $"/api/customers/{shop.Ann}/relationships/orders", $$"""{"data":[{"type":"orders","id":"{{shop.AnnOrders[0]}}"}]}"""),
            await ann.PatchDocumentAsync($"/api/orders/{shop.AnnOrders[0]}/relationships/customer", """{"data":null}"""),
            await ann.DeleteAsync($"/api/orders/{shop.AnnOrders[1]}"),
            await ann.DeleteAsync($"/api/credit_cards/{shop.AnnWalletCard}"),
            await ann.PostDocumentAsync("/api/credit_cards", CreditCards.CreditCardRequests.Create()),
        ];

        foreach (HttpResponseMessage response in refused)
        {
            (await ErrorDocument.SingleAsync(response)).Should().Match<ErrorDocument.ErrorItem>(error => error.Status == "403" && error.Code == "NOT_ALLOWED_FOR_CUSTOMER");
        }
    }

    [Fact]
    public async Task A_customer_creates_its_own_orders_wallet_entries_and_cards_on_its_orders_and_changes_its_password()
    {
        Shop shop = await SeedShopAsync();
        using HttpClient ann = await CustomerClientAsync(shop, "ann@example.com", AnnPassword);

        string order = await ann.CreateOrderAsync();
        string card = await ann.CreateCardAsync(order);
        string entry = await ann.SaveToWalletAsync(shop.Ann, card);
        (await ann.GetIdsAsync("/api/customer_payment_sources")).Should().Contain(entry);
        var password = await ann.PatchDocumentAsync($"/api/customers/{shop.Ann}", $$$$"""{"data":{"type":"customers","id":"{{{{shop.Ann}}}}","attributes":{"password":"a brand new secret"}}}""");

        (await Client.LinkedIdAsync($"/api/orders/{order}/relationships/customer")).Should().Be(shop.Ann);
        (await Client.LinkedIdAsync($"/api/orders/{order}/relationships/payment_source")).Should().Be(card);
        password.StatusCode.Should().Be(HttpStatusCode.OK);
        (await ann.GetAsync("/api/customer_payment_sources")).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the new password ends the token the old one opened");
        (await PasswordGrantAsync(shop, "ann@example.com", "a brand new secret")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_customer_pays_its_order_with_its_own_saved_card_and_cannot_reach_another_customers()
    {
        Shop shop = await SeedShopAsync();
        using HttpClient ann = await CustomerClientAsync(shop, "ann@example.com", AnnPassword);
        string paymentSource = $"/api/orders/{shop.AnnOrders[1]}/relationships/payment_source";

        var others = await ann.PatchDocumentAsync(paymentSource, $$$"""{"data":{"type":"credit_cards","id":"{{{shop.BobCard}}}"}}""");
        var own = await ann.PatchDocumentAsync(paymentSource, $$$"""{"data":{"type":"credit_cards","id":"{{{shop.AnnWalletCard}}}"}}""");

        var error = await ErrorDocument.SingleAsync(others);
        (error.Status, error.Code).Should().Be(("404", "RELATED_RESOURCE_NOT_FOUND"));
        own.StatusCode.Should().Be(HttpStatusCode.NoContent, await own.Content.ReadAsStringAsync());
        (await Client.LinkedIdAsync(paymentSource)).Should().Be(shop.AnnWalletCard);
    }

    [Fact]
    public async Task A_customer_cannot_save_another_customers_card_while_an_integration_may_share_one_card_between_wallets()
    {
        Shop shop = await SeedShopAsync();
        using HttpClient ann = await CustomerClientAsync(shop, "ann@example.com", AnnPassword);

        var byAnn = await ann.PostDocumentAsync("/api/customer_payment_sources", ShopRequests.SaveToWallet(shop.Ann, shop.BobCard));
        var byIntegration = await Client.PostDocumentAsync("/api/customer_payment_sources", ShopRequests.SaveToWallet(shop.Ann, shop.BobCard));

        var error = await ErrorDocument.SingleAsync(byAnn);
        (error.Status, error.Code, error.Pointer).Should().Be(("404", "RELATED_RESOURCE_NOT_FOUND", "/data/relationships/payment_source/data"));
        byIntegration.StatusCode.Should().Be(HttpStatusCode.Created, await byIntegration.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Two_customers_and_two_modes_interleaved_each_read_only_their_own_rows_on_every_query_shape()
    {
        Shop shop = await SeedShopAsync();
        using HttpClient ann = await CustomerClientAsync(shop, "ann@example.com", AnnPassword);
        using HttpClient bob = await CustomerClientAsync(shop, "bob@example.com", BobPassword);
        using HttpClient live = App.CreateJsonApiClient(CardsMode.Live);
        using HttpClient test = Client;

        for (int round = 0; round < 3; round++)
        {
            foreach (var (caller, own, others) in new[] { (ann, shop.Ann, shop.Bob), (bob, shop.Bob, shop.Ann) })
            {
                (await caller.GetIdsAsync("/api/customers")).Should().Equal(own);
                (await caller.GetAsync($"/api/customers/{own}")).StatusCode.Should().Be(HttpStatusCode.OK);
                (await caller.GetAsync($"/api/customers/{others}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
                (await caller.GetAsync($"/api/customers/{own}?fields[customers]=email")).StatusCode.Should().Be(HttpStatusCode.OK);
                (await caller.GetAsync($"/api/customers/{others}?fields[customers]=email")).StatusCode.Should().Be(HttpStatusCode.NotFound);
                string[] ownOrders = own == shop.Ann ? shop.AnnOrders : [shop.BobOrder];
                string[] othersOrders = own == shop.Ann ? [shop.BobOrder] : shop.AnnOrders;
                string include = await caller.GetStringAsync($"/api/customers/{own}?include=orders");
                othersOrders.Should().AllSatisfy(order => include.Should().NotContain($"\"id\":\"{order}\",\"type\":\"orders\""));
                (await caller.GetIdsAsync($"/api/customers/{own}/orders")).Should().BeEquivalentTo(ownOrders);
                (await caller.GetIdsAsync("/api/orders")).Should().BeEquivalentTo(ownOrders);
                (await caller.GetAsync($"/api/orders/{othersOrders[0]}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
                (await caller.GetAsync($"/api/customers/{own}/relationships/orders")).StatusCode.Should().Be(HttpStatusCode.OK);
            }

            (await live.GetIdsAsync("/api/customers")).Should().Equal(shop.LiveCustomer);
            (await live.GetAsync($"/api/customers/{shop.Ann}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
            (await test.GetIdsAsync("/api/customers")).Should().BeEquivalentTo(shop.Ann, shop.Bob, shop.Carol);
            (await test.GetAsync($"/api/customers/{shop.LiveCustomer}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        }

        foreach (string card in new[] { shop.AnnOrderCard, shop.AnnWalletCard })
        {
            (await ann.GetAsync($"/api/credit_cards/{card}")).StatusCode.Should().Be(HttpStatusCode.OK);
            (await bob.GetAsync($"/api/credit_cards/{card}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        }

        (await bob.GetAsync($"/api/credit_cards/{shop.BobCard}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await ann.GetAsync($"/api/credit_cards/{shop.BobCard}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private async Task<HttpResponseMessage> PasswordGrantAsync(Shop shop, string username, string password)
    {
        using HttpClient anonymous = App.CreateAnonymousJsonApiClient();
        return await anonymous.PostFormAsync(Token,
            ("grant_type", "password"), ("username", username), ("password", password), ("client_id", shop.ClientId), ("client_secret", shop.Secret));
    }

    [Fact]
    public async Task Changing_a_customers_password_refuses_the_tokens_issued_before_and_only_those()
    {
        Shop shop = await SeedShopAsync();
        using HttpClient ann = await CustomerClientAsync(shop, "ann@example.com", AnnPassword);
        using HttpClient bob = await CustomerClientAsync(shop, "bob@example.com", BobPassword);
        var renamed = await Client.PatchDocumentAsync($"/api/customers/{shop.Ann}",
            $$$$"""{"data":{"type":"customers","id":"{{{{shop.Ann}}}}","attributes":{"reference":"renamed"}}}""");
        (await ann.GetAsync($"/api/customers/{shop.Ann}")).StatusCode.Should().Be(HttpStatusCode.OK, "a change without a password ends nothing");

        await SetPasswordAsync(shop.Ann, "a brand new password");

        renamed.StatusCode.Should().Be(HttpStatusCode.OK);
        (await ann.GetAsync($"/api/customers/{shop.Ann}")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await bob.GetAsync($"/api/customers/{shop.Bob}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await Client.GetAsync($"/api/customers/{shop.Ann}")).StatusCode.Should().Be(HttpStatusCode.OK, "the integration's token is unaffected");
        (await PasswordGrantAsync(shop, "ann@example.com", AnnPassword)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        using HttpClient annAgain = await CustomerClientAsync(shop, "ann@example.com", "a brand new password");
        (await annAgain.GetAsync($"/api/customers/{shop.Ann}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private async Task<HttpClient> CustomerClientAsync(Shop shop, string username, string password)
    {
        var response = await PasswordGrantAsync(shop, username, password);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        HttpClient client = App.CreateAnonymousJsonApiClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await response.ReadJsonAsync()).GetProperty("access_token").GetString());
        return client;
    }

    /// <summary>
    /// Ann (with a password) has two orders, a card on the first, and a card in her wallet; Bob (with a password) has an order
    /// and a card in his wallet that pays for it; Carol has no password; the live mode has a customer of Ann's email.
    /// </summary>
    private async Task<Shop> SeedShopAsync()
    {
        var (clientId, secret) = await App.CreateApiClientAsync(CardsMode.Test, "shop");
        string ann = await Client.CreateCustomerAsync("ann@example.com");
        string bob = await Client.CreateCustomerAsync("bob@example.com");
        string carol = await Client.CreateCustomerAsync("carol@example.com");
        await SetPasswordAsync(ann, AnnPassword);
        await SetPasswordAsync(bob, BobPassword);

        string annFirst = await Client.CreateOrderAsync(ann);
        string annSecond = await Client.CreateOrderAsync(ann);
        string annOrderCard = await Client.CreateCardAsync(annFirst);
        string annWalletCard = await Client.CreateCardAsync();
        string annEntry = await Client.SaveToWalletAsync(ann, annWalletCard);
        string bobOrder = await Client.CreateOrderAsync(bob);
        string bobCard = await Client.CreateCardAsync();
        string bobEntry = await Client.SaveToWalletAsync(bob, bobCard);
        (await Client.PatchOrderAsync(bobOrder, "{}", $$$$""","relationships":{"payment_source":{"data":{"type":"credit_cards","id":"{{{{bobCard}}}}"}}}""")).StatusCode.Should().Be(HttpStatusCode.OK);

        using HttpClient live = App.CreateJsonApiClient(CardsMode.Live);
        string liveCustomer = await live.CreateCustomerAsync("ann@example.com");
        return new Shop(clientId, secret, ann, bob, carol, [annFirst, annSecond], annOrderCard, annWalletCard, annEntry, bobOrder, bobCard, bobEntry, liveCustomer);
    }

    private async Task SetPasswordAsync(string customerId, string password)
    {
        var response = await Client.PatchDocumentAsync($"/api/customers/{customerId}",
            $$$$"""{"data":{"type":"customers","id":"{{{{customerId}}}}","attributes":{"password":"{{{{password}}}}"}}}""");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private sealed record Shop(
        string ClientId, string Secret, string Ann, string Bob, string Carol, string[] AnnOrders, string AnnOrderCard, string AnnWalletCard,
        string AnnWalletEntry, string BobOrder, string BobCard, string BobWalletEntry, string LiveCustomer);
}
