using System.Net;
using System.Text.Json;
using JsonApiCards.Api.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Net.Http.Headers;

namespace JsonApiCards.Api.Tests.Adapters.Akinon;

/// <summary>
/// Session sign-in as an Akinon storefront does it: a CSRF cookie, then the customer's email and password for an
/// <c>osessionid</c> cookie, honoured by every instance until logout ends it on all of them.
/// </summary>
public sealed class AkinonSignInTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Fact]
    public async Task The_csrf_token_comes_as_json_and_as_a_cookie_the_page_script_can_read()
    {
        using var storefront = new AkinonStorefront(App.CreateClient());

        using HttpResponseMessage response = await storefront.GetAsync("/csrf_token/");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        SetCookieHeaderValue cookie = AkinonStorefront.SetCookies(response).Single();
        cookie.Name.ToString().Should().Be("csrftoken");
        cookie.HttpOnly.Should().BeFalse();
        cookie.SameSite.Should().Be(SameSiteMode.Lax);
        cookie.Secure.Should().BeTrue("only Development runs on plain http");
        (await response.Content.ReadAsStringAsync()).Should().Be($$"""{"csrf_token":"{{cookie.Value}}"}""");
        (await storefront.GetAsync("/csrf_token/")).Dispose();
        storefront.CsrfToken.Should().Be(cookie.Value.ToString(), "a client keeps its token");
    }

    [Fact]
    public async Task Signing_in_sets_an_http_only_session_cookie_and_answers_its_key()
    {
        await Client.CreateCustomerWithPasswordAsync("ann@example.com");
        using var storefront = new AkinonStorefront(App.CreateClient());
        (await storefront.GetAsync("/csrf_token/")).Dispose();

        using HttpResponseMessage response = await storefront.SendJsonAsync(HttpMethod.Post, "/users/login/", """{"email":" Ann@Example.com","password":"correct horse battery"}""");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        SetCookieHeaderValue cookie = AkinonStorefront.SetCookies(response).Single(cookie => cookie.Name == "osessionid");
        cookie.HttpOnly.Should().BeTrue();
        cookie.SameSite.Should().Be(SameSiteMode.Lax);
        cookie.Secure.Should().BeTrue();
        cookie.Path.ToString().Should().Be("/");
        cookie.MaxAge.Should().Be(TimeSpan.FromDays(14));
        (await response.Content.ReadAsStringAsync()).Should().Be($$"""{"key":"{{cookie.Value}}"}""");
        (await storefront.GetAsync("/users/saved-cards/")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Signing_in_rotates_the_csrf_token_and_only_the_new_one_matches_the_new_cookie()
    {
        await Client.CreateCustomerWithPasswordAsync("ann@example.com");
        using var storefront = new AkinonStorefront(App.CreateClient());
        (await storefront.GetAsync("/csrf_token/")).Dispose();
        string before = storefront.CsrfToken!;

        using HttpResponseMessage signIn = await storefront.SendJsonAsync(HttpMethod.Post, "/users/login/", """{"email":"ann@example.com","password":"correct horse battery"}""");
        string after = AkinonStorefront.SetCookies(signIn).Single(cookie => cookie.Name == "csrftoken").Value.ToString();
        using var stale = new HttpRequestMessage(HttpMethod.Post, "/users/logout/");
        stale.Headers.Add("Cookie", $"csrftoken={after}; osessionid={storefront.SessionKey}");
        stale.Headers.Add("x-csrftoken", before);
        using HttpResponseMessage withOldToken = await storefront.Client.SendAsync(stale);
        using HttpResponseMessage withNewToken = await storefront.SendJsonAsync(HttpMethod.Post, "/users/logout/", "{}");

        signIn.StatusCode.Should().Be(HttpStatusCode.OK);
        after.Should().NotBe(before).And.HaveLength(before.Length);
        withOldToken.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        withNewToken.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Changing_the_password_ends_the_customers_sessions_and_no_one_elses()
    {
        string ann = await Client.CreateCustomerWithPasswordAsync("ann@example.com");
        await Client.CreateCustomerWithPasswordAsync("bob@example.com");
        using var annStorefront = new AkinonStorefront(App.CreateClient());
        using var bobStorefront = new AkinonStorefront(App.CreateClient());
        await annStorefront.SignInAsync("ann@example.com", "correct horse battery");
        await bobStorefront.SignInAsync("bob@example.com", "correct horse battery");

        var changed = await Client.PatchDocumentAsync($"/api/customers/{ann}",
            $$$$"""{"data":{"type":"customers","id":"{{{{ann}}}}","attributes":{"password":"a brand new password"}}}""");

        changed.StatusCode.Should().Be(HttpStatusCode.OK);
        (await annStorefront.GetAsync("/users/saved-cards/")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await bobStorefront.GetAsync("/users/saved-cards/")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("en", "Unable to log in with provided credentials.")]
    [InlineData("tr", "Verilen bilgilerle giriş yapılamıyor.")]
    public async Task A_wrong_password_an_unknown_email_and_a_customer_without_password_are_one_refusal(string language, string message)
    {
        await Client.CreateCustomerWithPasswordAsync("ann@example.com");
        await Client.CreateCustomerAsync("nopassword@example.com");
        using var storefront = new AkinonStorefront(App.CreateClient()) { Language = language };
        (await storefront.GetAsync("/csrf_token/")).Dispose();

        foreach (var (email, password) in new[] { ("ann@example.com", "wrong password"), ("nobody@example.com", AkinonShop.Password), ("nopassword@example.com", AkinonShop.Password) })
        {
            using HttpResponseMessage response = await storefront.SendJsonAsync(HttpMethod.Post, "/users/login/", JsonSerializer.Serialize(new { email, password }));
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await response.Content.ReadAsStringAsync()).Should().Be($$"""{"non_field_errors":["{{message}}"]}""");
            AkinonStorefront.SetCookies(response).Should().BeEmpty();
        }
    }

    [Theory]
    [InlineData("en", """{"email":["This field is required."],"password":["Not a valid string."]}""")]
    [InlineData("tr", """{"email":["Bu alan zorunludur."],"password":["Geçerli bir metin değil."]}""")]
    public async Task Missing_and_mistyped_fields_are_named(string language, string expected)
    {
        using var storefront = new AkinonStorefront(App.CreateClient()) { Language = language };
        (await storefront.GetAsync("/csrf_token/")).Dispose();

        using HttpResponseMessage response = await storefront.SendJsonAsync(HttpMethod.Post, "/users/login/", """{"password":42}""");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Be(expected);
        response.Content.Headers.ContentLanguage.Should().Equal(language);
    }

    [Theory]
    [InlineData(false, true, "en", "CSRF Failed: CSRF token missing.")]
    [InlineData(false, true, "tr", "CSRF doğrulaması başarısız: CSRF anahtarı eksik.")]
    [InlineData(true, true, "en", "CSRF Failed: CSRF token incorrect.")]
    [InlineData(true, true, "tr", "CSRF doğrulaması başarısız: CSRF anahtarı hatalı.")]
    [InlineData(true, false, "en", "CSRF Failed: CSRF cookie not set.")]
    public async Task An_unsafe_request_without_the_matching_csrf_header_is_refused_as_django_refuses_it(bool sendHeader, bool sendCookie, string language, string detail)
    {
        await Client.CreateCustomerWithPasswordAsync("ann@example.com");
        using var storefront = new AkinonStorefront(App.CreateClient()) { Language = language };
        (await storefront.GetAsync("/csrf_token/")).Dispose();
        storefront.SendsCsrfHeader = false;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/users/login/") { Content = new StringContent("""{"email":"ann@example.com","password":"correct horse battery"}""", System.Text.Encoding.UTF8, "application/json") };
        if (sendHeader)
        {
            request.Headers.Add("x-csrftoken", "another-token-than-the-cookie");
        }

        if (!sendCookie)
        {
            storefront.CsrfToken = null;
        }

        using HttpResponseMessage response = await storefront.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).Should().Be($$"""{"detail":"{{detail}}"}""");
        storefront.SessionKey.Should().BeNull();
    }

    [Theory]
    [InlineData(null, "Authentication credentials were not provided.")]
    [InlineData("tr-TR,tr;q=0.9", "Kimlik bilgileri sağlanmadı.")]
    [InlineData("de", "Authentication credentials were not provided.")]
    public async Task Without_a_session_the_cards_are_a_401_in_the_clients_language(string? language, string detail)
    {
        using var storefront = new AkinonStorefront(App.CreateClient()) { SessionKey = "not-a-session" };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/users/saved-cards/");
        if (language is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", language);
        }

        using HttpResponseMessage response = await storefront.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).Should().Be($$"""{"detail":"{{detail}}"}""");
        response.Headers.CacheControl!.NoStore.Should().BeTrue("the adapter's responses carry the service's security headers");
    }

    [Fact]
    public async Task Logout_ends_the_session_on_every_instance_at_once()
    {
        await Client.CreateCustomerWithPasswordAsync("ann@example.com");
        await using WebApplicationFactory<Program> other = App.WithWebHostBuilder(_ => { });
        using var here = new AkinonStorefront(App.CreateClient());
        await here.SignInAsync("ann@example.com", AkinonShop.Password);
        using var there = new AkinonStorefront(other.CreateClient()) { SessionKey = here.SessionKey, CsrfToken = here.CsrfToken };
        (await there.GetAsync("/users/saved-cards/")).StatusCode.Should().Be(HttpStatusCode.OK, "another instance honours the session");

        using HttpResponseMessage logout = await here.SendJsonAsync(HttpMethod.Post, "/users/logout/", "{}");

        logout.StatusCode.Should().Be(HttpStatusCode.OK);
        (await logout.Content.ReadAsStringAsync()).Should().Be("""{"detail":"Successfully logged out."}""");
        here.SessionKey.Should().BeNull("the cookie is deleted");
        here.SessionKey = there.SessionKey;
        (await here.GetAsync("/users/saved-cards/")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await there.GetAsync("/users/saved-cards/")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_session_expires_after_its_lifetime()
    {
        await Client.CreateCustomerWithPasswordAsync("ann@example.com");
        using var storefront = new AkinonStorefront(App.CreateClient());
        await storefront.SignInAsync("ann@example.com", AkinonShop.Password);

        App.Clock.Advance(TimeSpan.FromDays(14));

        (await storefront.GetAsync("/users/saved-cards/")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Signing_in_to_one_email_is_limited_whichever_address_tries()
    {
        await using WebApplicationFactory<Program> limited = App.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("RateLimits:SignInsPerEmail:TokenLimit", "2");
            builder.UseSetting("RateLimits:SignInsPerEmail:TokensPerPeriod", "2");
        });
        await Client.CreateCustomerWithPasswordAsync("ann@example.com");
        using var storefront = new AkinonStorefront(limited.CreateClient()) { Language = "en" };
        (await storefront.GetAsync("/csrf_token/")).Dispose();
        string body = """{"email":"ann@example.com","password":"guess"}""";
        (await storefront.SendJsonAsync(HttpMethod.Post, "/users/login/", body)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await storefront.SendJsonAsync(HttpMethod.Post, "/users/login/", body)).StatusCode.Should().Be(HttpStatusCode.BadRequest);

        using HttpResponseMessage refused = await storefront.SendJsonAsync(HttpMethod.Post, "/users/login/", """{"email":"ANN@example.com","password":"correct horse battery"}""");

        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.Should().NotBeNull();
        (await refused.Content.ReadAsStringAsync()).Should().StartWith("""{"detail":"Request was throttled. Expected available in """);
        storefront.SessionKey.Should().BeNull();
    }
}
