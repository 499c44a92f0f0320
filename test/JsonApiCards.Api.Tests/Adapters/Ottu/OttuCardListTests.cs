using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.Api.Tests.Adapters.Ottu;

/// <summary>
/// <c>POST /b/pbl/v2/card/</c>: the wallet of the customer whose <c>reference</c> is <c>customer_id</c>, in the mode the
/// API key and <c>type</c> agree on, shaped as Ottu's User Cards API answers (reference/ottu/examples.md).
/// </summary>
public sealed class OttuCardListTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    private static readonly string[] CardFields =
    [
        "customer_id", "brand", "name_on_card", "number", "expiry_month", "expiry_year", "token", "pg_code", "pg_name",
        "is_preferred", "is_expired", "will_expire_soon", "cvv_required", "agreements",
    ];

    [Fact]
    public async Task The_docs_example_request_lists_the_customers_saved_card_field_by_field()
    {
        // Arrange: a card saved through JSON:API
        string customerId = await Client.CreateCustomerWithReferenceAsync("sandbox", "ann@example.com");
        var (_, token) = await Client.SaveCardAsync(customerId, walletAttributes: """{ "agreement_ids": ["test-auto-flow-id"], "is_preferred": true }""");
        using HttpClient ottu = App.CreateOttuClient(await App.CreateApiKeyAsync(CardsMode.Test));

        // Act: the request of Ottu's docs
        using HttpResponseMessage response = await ottu.PostCardsJsonAsync("""{ "type": "sandbox", "customer_id": "sandbox" }""");

        // Assert
        JsonElement cards = await response.ReadCardsAsync();
        JsonElement card = cards.EnumerateArray().Should().ContainSingle().Subject;
        card.EnumerateObject().Select(field => field.Name).Should().Equal(CardFields);
        card.GetProperty("customer_id").GetString().Should().Be("sandbox");
        card.GetProperty("brand").GetString().Should().Be("VISA");
        card.GetProperty("name_on_card").GetString().Should().Be("John Smith");
        card.GetProperty("number").GetString().Should().Be("**** 1111");
        card.GetProperty("expiry_month").GetString().Should().Be("10");
        card.GetProperty("expiry_year").GetString().Should().Be("30");
        card.GetProperty("token").GetString().Should().Be(token, "the token is the wallet entry's payment_source_token under /api");
        card.GetProperty("pg_code").GetString().Should().Be("credit-card");
        card.GetProperty("pg_name").GetString().Should().Be("mpgs");
        card.GetProperty("is_preferred").GetBoolean().Should().BeTrue();
        card.GetProperty("is_expired").GetBoolean().Should().BeFalse();
        card.GetProperty("will_expire_soon").GetBoolean().Should().BeFalse();
        card.GetProperty("cvv_required").GetBoolean().Should().BeTrue();
        card.GetProperty("agreements").EnumerateArray().Select(item => item.GetString()).Should().Equal("test-auto-flow-id");
        await Snapshot.MatchAsync(response, App.Placeholders());
    }

    [Fact]
    public async Task Form_and_multipart_bodies_list_the_same_cards_as_json()
    {
        // Arrange
        string customerId = await Client.CreateCustomerWithReferenceAsync("cus-42", "ann@example.com");
        var (_, visa) = await Client.SaveCardAsync(customerId, walletAttributes: """{ "gateway_code": "knet-tkn" }""");
        var (_, master) = await Client.SaveCardAsync(customerId, number: "5555555555554444");
        using HttpClient ottu = App.CreateOttuClient(await App.CreateApiKeyAsync(CardsMode.Test));
        using var multipart = new MultipartFormDataContent
        {
            { new StringContent("sandbox"), "type" },
            { new StringContent("cus-42"), "customer_id" },
            { new StringContent("knet-tkn"), "pg_codes" },
            { new StringContent("credit-card"), "pg_codes" },
        };

        // Act
        using HttpResponseMessage json = await ottu.PostCardsJsonAsync("""{ "type": "sandbox", "customer_id": "cus-42" }""");
        using HttpResponseMessage form = await ottu.PostAsync(OttuRequests.CardsUrl, new FormUrlEncodedContent([new("type", "sandbox"), new("customer_id", "cus-42")]));
        using HttpResponseMessage multipartResponse = await ottu.PostAsync(OttuRequests.CardsUrl, multipart);

        // Assert: newest first, master card branded as Ottu spells it
        string expected = (await json.ReadCardsAsync()).GetRawText();
        JsonSerializer.Deserialize<JsonElement>(expected).EnumerateArray().Select(card => (card.GetProperty("token").GetString(), card.GetProperty("brand").GetString()))
            .Should().Equal((master, "MASTERCARD"), (visa, "VISA"));
        (await form.ReadCardsAsync()).GetRawText().Should().Be(expected);
        (await multipartResponse.ReadCardsAsync()).GetRawText().Should().Be(expected);
    }

    [Fact]
    public async Task An_unknown_customer_has_an_empty_list_and_the_other_modes_customer_is_unknown()
    {
        // Arrange: the live integration's customer of the same reference
        using HttpClient live = App.CreateJsonApiClient(CardsMode.Live);
        string liveCustomer = await live.CreateCustomerWithReferenceAsync("cus-42", "ann@example.com");
        await live.SaveCardAsync(liveCustomer);
        using HttpClient ottu = App.CreateOttuClient(await App.CreateApiKeyAsync(CardsMode.Test));

        // Act
        using HttpResponseMessage unknown = await ottu.PostCardsJsonAsync("""{ "type": "sandbox", "customer_id": "nobody" }""");
        using HttpResponseMessage otherMode = await ottu.PostCardsJsonAsync("""{ "type": "sandbox", "customer_id": "cus-42" }""");

        // Assert
        (await unknown.ReadCardsAsync()).GetArrayLength().Should().Be(0);
        (await otherMode.ReadCardsAsync()).GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task A_production_key_lists_live_cards()
    {
        using HttpClient live = App.CreateJsonApiClient(CardsMode.Live);
        string customerId = await live.CreateCustomerWithReferenceAsync("cus-42", "ann@example.com");
        var (_, token) = await live.SaveCardAsync(customerId);
        using HttpClient ottu = App.CreateOttuClient(await App.CreateApiKeyAsync(CardsMode.Live));

        using HttpResponseMessage response = await ottu.PostCardsJsonAsync("""{ "type": "production", "customer_id": "cus-42" }""");

        (await response.ReadCardsAsync()).EnumerateArray().Select(card => card.GetProperty("token").GetString()).Should().Equal(token);
    }

    [Theory]
    [InlineData("2026-03-04", false, false)]
    [InlineData("2030-10-02", false, true)]
    [InlineData("2030-10-01", false, false)]
    [InlineData("2030-10-31", false, true)]
    [InlineData("2030-09-15", false, false)]
    [InlineData("2030-11-01", true, false)]
    public async Task Expiry_flags_follow_the_clock_and_a_thirty_day_window(string today, bool expired, bool expiresSoon)
    {
        // Arrange: a card valid through October 2030
        string customerId = await Client.CreateCustomerWithReferenceAsync("cus-42", "ann@example.com");
        await Client.SaveCardAsync(customerId, month: "10", year: "2030");
        using HttpClient ottu = App.CreateOttuClient(await App.CreateApiKeyAsync(CardsMode.Test));
        App.Clock.Set(DateTimeOffset.Parse(today + "T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

        // Act
        using HttpResponseMessage response = await ottu.PostCardsJsonAsync("""{ "type": "sandbox", "customer_id": "cus-42" }""");

        // Assert
        JsonElement card = (await response.ReadCardsAsync())[0];
        card.GetProperty("is_expired").GetBoolean().Should().Be(expired);
        card.GetProperty("will_expire_soon").GetBoolean().Should().Be(expiresSoon);
    }

    [Fact]
    public async Task Pg_codes_keep_the_cards_of_those_gateways_and_preferred_cards_come_first()
    {
        // Arrange
        string customerId = await Client.CreateCustomerWithReferenceAsync("cus-42", "ann@example.com");
        var (_, knet) = await Client.SaveCardAsync(customerId, walletAttributes: """{ "gateway_code": "knet-tkn" }""");
        var (_, preferred) = await Client.SaveCardAsync(customerId, number: "5555555555554444", walletAttributes: """{ "is_preferred": true }""");
        var (_, plain) = await Client.SaveCardAsync(customerId, number: "4012888888881881");
        using HttpClient ottu = App.CreateOttuClient(await App.CreateApiKeyAsync(CardsMode.Test));

        // Act
        using HttpResponseMessage all = await ottu.PostCardsJsonAsync("""{ "type": "sandbox", "customer_id": "cus-42" }""");
        using HttpResponseMessage knetOnly = await ottu.PostCardsJsonAsync("""{ "type": "sandbox", "customer_id": "cus-42", "pg_codes": ["knet-tkn"] }""");
        using HttpResponseMessage noneOfThem = await ottu.PostCardsJsonAsync("""{ "type": "sandbox", "customer_id": "cus-42", "pg_codes": ["benefit"] }""");

        // Assert
        Tokens(await all.ReadCardsAsync()).Should().Equal(preferred, plain, knet);
        Tokens(await knetOnly.ReadCardsAsync()).Should().Equal(knet);
        Tokens(await noneOfThem.ReadCardsAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task An_agreement_id_gives_at_most_the_card_most_recently_used_for_it()
    {
        // Arrange: two cards of agreement ag-1, the second saved later; then the first is saved again for it (changed later still)
        string customerId = await Client.CreateCustomerWithReferenceAsync("cus-42", "ann@example.com");
        var (firstId, first) = await Client.SaveCardAsync(customerId, walletAttributes: """{ "agreement_ids": ["ag-1"] }""");
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var (_, second) = await Client.SaveCardAsync(customerId, number: "5555555555554444", walletAttributes: """{ "agreement_ids": ["ag-1", "ag-2"] }""");
        using HttpClient ottu = App.CreateOttuClient(await App.CreateApiKeyAsync(CardsMode.Test));
        const string ForAgreement = """{ "type": "sandbox", "customer_id": "cus-42", "agreement_id": "ag-1" }""";

        // Act and assert
        Tokens(await (await ottu.PostCardsJsonAsync(ForAgreement)).ReadCardsAsync()).Should().Equal(second);
        Tokens(await (await ottu.PostCardsJsonAsync("""{ "type": "sandbox", "customer_id": "cus-42", "agreement_id": "ag-9" }""")).ReadCardsAsync()).Should().BeEmpty();

        App.Clock.Advance(TimeSpan.FromMinutes(1));
        (await Client.PatchDocumentAsync($"/api/customer_payment_sources/{firstId}",
            $$"""{ "data": { "type": "customer_payment_sources", "id": "{{firstId}}", "attributes": { "agreement_ids": ["ag-1", "ag-3"] } } }"""))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        Tokens(await (await ottu.PostCardsJsonAsync(ForAgreement)).ReadCardsAsync()).Should().Equal(first);
    }

    [Theory]
    [InlineData("{}", """{"type":["This field is required."],"customer_id":["This field is required."]}""")]
    [InlineData("""{"type":"sandbox"}""", """{"customer_id":["This field is required."]}""")]
    [InlineData("""{"customer_id":"cus-42"}""", """{"type":["This field is required."]}""")]
    [InlineData("""{"type":"staging","customer_id":""}""", """{"type":["\"staging\" is not a valid choice."],"customer_id":["This field may not be blank."]}""")]
    [InlineData("""{"type":"sandbox","customer_id":null}""", """{"customer_id":["This field may not be null."]}""")]
    [InlineData("""{"type":"sandbox","customer_id":["a"]}""", """{"customer_id":["Not a valid string."]}""")]
    [InlineData("""{"type":"sandbox","customer_id":"cus-42","pg_codes":"knet"}""", """{"pg_codes":["Expected a list of items but got type \"str\"."]}""")]
    [InlineData("""{"type":"sandbox","customer_id":"cus-42","agreement_id":" "}""", """{"agreement_id":["This field may not be blank."]}""")]
    [InlineData("""["sandbox"]""", """{"non_field_errors":["Invalid data. Expected a dictionary, but got list."]}""")]
    [InlineData("""{"type":""", """{"detail":"JSON parse error - the body is not valid JSON."}""")]
    public async Task Invalid_bodies_are_400_with_the_messages_of_each_field(string body, string expected)
    {
        using HttpClient ottu = App.CreateOttuClient(await App.CreateApiKeyAsync(CardsMode.Test));

        using HttpResponseMessage response = await ottu.PostCardsJsonAsync(body);

        await response.ShouldBeOttuErrorAsync(HttpStatusCode.BadRequest, expected);
    }

    [Fact]
    public async Task A_form_without_customer_id_is_400_for_that_field()
    {
        using HttpClient ottu = App.CreateOttuClient(await App.CreateApiKeyAsync(CardsMode.Test));

        using HttpResponseMessage response = await ottu.PostAsync(OttuRequests.CardsUrl, new FormUrlEncodedContent([new("type", "sandbox")]));

        await response.ShouldBeOttuErrorAsync(HttpStatusCode.BadRequest, """{"customer_id":["This field is required."]}""");
        await Snapshot.MatchAsync(response);
    }

    [Fact]
    public async Task Another_media_type_is_415_and_another_method_405()
    {
        using HttpClient ottu = App.CreateOttuClient(await App.CreateApiKeyAsync(CardsMode.Test));
        var text = new StringContent("type=sandbox", Encoding.UTF8);
        text.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");

        using HttpResponseMessage unsupported = await ottu.PostAsync(OttuRequests.CardsUrl, text);
        using HttpResponseMessage get = await ottu.GetAsync(OttuRequests.CardsUrl);

        await unsupported.ShouldBeOttuErrorAsync(HttpStatusCode.UnsupportedMediaType, """{"detail":"Unsupported media type \"application/octet-stream\" in request."}""");
        await get.ShouldBeOttuErrorAsync(HttpStatusCode.MethodNotAllowed, """{"detail":"Method \"GET\" not allowed."}""");
        get.Content.Headers.Allow.Should().Contain("POST");
        (await get.Content.ReadAsStringAsync()).Should().Be("""{"detail":"Method \"GET\" not allowed."}""", "quotes are escaped as DRF escapes them, not as \\u0022");
    }

    [Fact]
    public async Task A_key_of_the_other_mode_than_type_is_403()
    {
        using HttpClient sandboxKey = App.CreateOttuClient(await App.CreateApiKeyAsync(CardsMode.Test));
        using HttpClient productionKey = App.CreateOttuClient(await App.CreateApiKeyAsync(CardsMode.Live));

        using HttpResponseMessage toProduction = await sandboxKey.PostCardsJsonAsync("""{ "type": "production", "customer_id": "cus-42" }""");
        using HttpResponseMessage toSandbox = await productionKey.PostCardsJsonAsync("""{ "type": "sandbox", "customer_id": "cus-42" }""");

        await toProduction.ShouldBeOttuErrorAsync(HttpStatusCode.Forbidden, """{"detail":"This API key cannot reach 'production' cards; use a key of that environment."}""");
        await toSandbox.ShouldBeOttuErrorAsync(HttpStatusCode.Forbidden, """{"detail":"This API key cannot reach 'sandbox' cards; use a key of that environment."}""");
    }

    [Fact]
    public async Task Without_a_valid_api_key_the_answer_is_401()
    {
        // Arrange: no key, a made-up key, a disabled key, and a bearer token (which the Ottu routes do not take)
        string disabled = await App.CreateApiKeyAsync(CardsMode.Test);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<JsonApiCards.Api.Security.ApiKeys>().DisableAsync(disabled.Split('.')[0], CancellationToken.None);
        }

        using HttpClient none = App.CreateOttuClient(apiKey: null);
        using HttpClient madeUp = App.CreateOttuClient(disabled[..^4] + "AAAA");
        using HttpClient ofDisabled = App.CreateOttuClient(disabled);
        using HttpClient bearer = App.CreateOttuClient(apiKey: null);
        bearer.DefaultRequestHeaders.Authorization = App.AuthorizationFor(CardsMode.Test);
        const string Body = """{ "type": "sandbox", "customer_id": "cus-42" }""";

        // Act and assert
        await (await none.PostCardsJsonAsync(Body)).ShouldBeOttuErrorAsync(HttpStatusCode.Unauthorized, """{"detail":"Authentication credentials were not provided."}""");
        await (await bearer.PostCardsJsonAsync(Body)).ShouldBeOttuErrorAsync(HttpStatusCode.Unauthorized, """{"detail":"Authentication credentials were not provided."}""");
        await (await madeUp.PostCardsJsonAsync(Body)).ShouldBeOttuErrorAsync(HttpStatusCode.Unauthorized, """{"detail":"Incorrect authentication credentials."}""");
        using HttpResponseMessage refused = await ofDisabled.PostCardsJsonAsync(Body);
        await refused.ShouldBeOttuErrorAsync(HttpStatusCode.Unauthorized, """{"detail":"Incorrect authentication credentials."}""");
        refused.Headers.WwwAuthenticate.Should().ContainSingle(header => header.Scheme == "Api-Key");
    }

    [Fact]
    public async Task An_api_key_opens_no_json_api_route()
    {
        using HttpClient ottu = App.CreateOttuClient(await App.CreateApiKeyAsync(CardsMode.Test));

        using HttpResponseMessage response = await ottu.GetAsync("/api/customer_payment_sources");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    private static IEnumerable<string?> Tokens(JsonElement cards) => cards.EnumerateArray().Select(card => card.GetProperty("token").GetString());
}
