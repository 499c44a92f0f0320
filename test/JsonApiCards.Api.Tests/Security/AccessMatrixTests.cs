using System.Net;
using System.Net.Http.Headers;
using System.Text;
using JsonApiCards.Api.Adapters.Ottu;
using JsonApiCards.Api.CreditCards;
using JsonApiCards.Api.Customers;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Orders;
using JsonApiCards.Api.PaymentSources;
using JsonApiCards.Api.Security;
using JsonApiCards.Api.Tests.Adapters.Akinon;
using JsonApiCards.Api.Tests.Adapters.Ottu;
using JsonApiCards.Api.Tests.Support;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Resources.Annotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.Api.Tests.Security;

/// <summary>
/// Who may call what, for every route the service maps: the routes come from <see cref="EndpointDataSource"/>, so a route
/// added later is in the matrix without a line here, and a route the matrix cannot exercise fails it. Each test-mode
/// resource (id 1 of every type, all of customer 1's) has a live twin (id 2); callers without a valid credential get a 401,
/// callers of the other mode and another customer of the same mode a 404 (or a list without the resource, or a 403 for
/// what a customer may not do at all), none of them a byte of the data, and nothing they send is written. The integration
/// of the data's mode and the customer who owns it read every route.
/// </summary>
public sealed class AccessMatrixTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    private const long TestId = 1;
    private const string TestMarker = "TEST-ONLY";

    /// <summary>The routes a caller uses to get a credential (or, for a session, to end one): the only ones open to anybody.</summary>
    private static readonly string[] CredentialRoutes = ["/oauth/token", "/oauth/revoke", "/csrf_token/", "/users/login/", "/users/logout/"];

    /// <summary>The Akinon adapter's card routes, which a session cookie opens; <see cref="Every_akinon_route_answers_only_the_signed_in_customer_who_owns_the_data"/> covers them.</summary>
    private static bool IsAkinonCardRoute(string pattern) => pattern.StartsWith("/users/", StringComparison.Ordinal) && !CredentialRoutes.Contains(pattern);

    /// <summary>The routes of the Ottu adapter, which take API keys instead of bearer tokens: their own matrix below.</summary>
    private static readonly string[] OttuRoutes = [OttuApi.BasePath + "/", OttuApi.BasePath + "/{token}/"];

    /// <summary>The atomic operations extension's route, which writes any resource type: the matrix sends it an update of each.</summary>
    private const string AtomicOperationsRoute = "/api/operations";
    private const string AtomicMediaType = "application/vnd.api+json; ext=\"https://jsonapi.org/ext/atomic\"";

    [Fact]
    public async Task Every_route_answers_only_callers_with_a_valid_credential_of_its_data_mode()
    {
        // Arrange
        await SeedBothModesAsync();
        string otherCustomer = await Client.CreateCustomerAsync("someone-else@example.com");
        using HttpClient owner = await CustomerClientAsync(TestId.ToString(System.Globalization.CultureInfo.InvariantCulture), "owner-password-1");
        using HttpClient anotherCustomer = await CustomerClientAsync(otherCustomer, "another-password-2");
        string before = await DatabaseRowsAsync();
        Caller[] strangers = await StrangersAsync();
        using HttpClient otherMode = App.CreateJsonApiClient(CardsMode.Live);
        using HttpClient ownMode = App.CreateJsonApiClient(CardsMode.Test);
        var casesPerRoute = new SortedDictionary<string, int>(StringComparer.Ordinal);

        // Act and assert, route by route
        foreach (ApiRoute route in ApiRoutes())
        {
            int cases = 0;
            foreach (Caller stranger in strangers)
            {
                using HttpResponseMessage response = await stranger.SendAsync(route);
                await ExpectRefusedAsync(response, HttpStatusCode.Unauthorized, route, stranger.Name);
                response.Headers.WwwAuthenticate.Should().ContainSingle(header => header.Scheme == "Bearer", "{0} to {1}", stranger.Name, route);
                cases++;
            }

            using (HttpResponseMessage response = await otherMode.SendAsync(route.Request()))
            {
                if (route.NamesAResource || route.Method != HttpMethod.Get && route.Method != HttpMethod.Head)
                {
                    await ExpectRefusedAsync(response, route.RefusedWhateverTheResource ? HttpStatusCode.Forbidden : HttpStatusCode.NotFound, route, "the other mode");
                }
                else
                {
                    response.StatusCode.Should().Be(HttpStatusCode.OK, "the other mode lists its own data at {0}", route);
                    (await response.Content.ReadAsStringAsync()).Should().NotContain(TestMarker, "{0} shows the other mode none of this mode's data", route);
                }

                cases++;
            }

            using (HttpResponseMessage response = await anotherCustomer.SendAsync(route.Request()))
            {
                if (route.Method == HttpMethod.Get || route.Method == HttpMethod.Head)
                {
                    if (route.NamesAResource)
                    {
                        await ExpectRefusedAsync(response, HttpStatusCode.NotFound, route, "another customer");
                    }
                    else
                    {
                        response.StatusCode.Should().Be(HttpStatusCode.OK, "another customer lists its own data at {0}", route);
                        (await response.Content.ReadAsStringAsync()).Should().NotContain(TestMarker, "{0} shows another customer none of this customer's data", route);
                    }
                }
                else
                {
                    // Someone else's resource is not found, never forbidden (that would confirm it exists); a create that links to it
                    // is refused as not found or, where no customer may create that resource at all, as forbidden.
                    bool forbidden = route.RefusedWhateverTheResource || (!route.NamesAResource && response.StatusCode == HttpStatusCode.Forbidden);
                    HttpStatusCode expected = forbidden ? HttpStatusCode.Forbidden : HttpStatusCode.NotFound;
                    await ExpectRefusedAsync(response, expected, route, "another customer");
                }

                cases++;
            }

            if (route.Method == HttpMethod.Get)
            {
                foreach (var (reader, name) in new[] { (ownMode, "the integration of the data's mode"), (owner, "the customer who owns the data") })
                {
                    using HttpResponseMessage response = await reader.SendAsync(route.Request());
                    response.StatusCode.Should().Be(HttpStatusCode.OK, "{0} reads {1}", name, route);
                    cases++;
                }
            }

            casesPerRoute[route.ToString()] = cases;
        }

        // Assert: nothing any of them sent was written, and every route was tried
        (await DatabaseRowsAsync()).Should().Be(before, "no refused caller changes anything");
        casesPerRoute.Should().OnlyContain(entry => entry.Value >= strangers.Length + 2);
        casesPerRoute.Keys.Should().Contain(key => key.StartsWith("DELETE /api/customer_payment_sources/1", StringComparison.Ordinal));
        Console.WriteLine($"Access matrix: {casesPerRoute.Values.Sum()} cases over {casesPerRoute.Count} route and method pairs.");
    }

    [Fact]
    public async Task Every_akinon_route_answers_only_the_signed_in_customer_who_owns_the_data()
    {
        // Arrange: the test-mode wallet entry 1 (card token ps_test) of customer 1, its live twin 2, and two signed-in customers
        await SeedBothModesAsync();
        await using CardsDbContext cards = App.CreateDbContext();
        string cardIdentifier = (await cards.CreditCards.SingleAsync(card => card.Mode == CardsMode.Test)).CardIdentifier.ToString();
        string[] ownersData = ["ps_test", cardIdentifier, "ps_live"];
        using AkinonStorefront owner = await StorefrontOfAsync(TestId.ToString(System.Globalization.CultureInfo.InvariantCulture), "owner-password-1");
        using AkinonStorefront anotherCustomer = await StorefrontOfAsync(await Client.CreateCustomerAsync("someone-else@example.com"), "another-password-2");
        using AkinonStorefront loggedOut = await StorefrontOfAsync(await Client.CreateCustomerAsync("gone@example.com"), "gone-password-3");
        string endedSession = loggedOut.SessionKey!;
        (await loggedOut.SendJsonAsync(HttpMethod.Post, "/users/logout/", "{}")).StatusCode.Should().Be(HttpStatusCode.OK);
        using AkinonStorefront expired = await StorefrontOfAsync(await Client.CreateCustomerAsync("late@example.com"), "late-password-4");
        string before = await DatabaseRowsAsync();
        var strangers = new (string Name, AkinonStorefront Storefront, TimeSpan ExpiredBy)[]
        {
            ("no session", new AkinonStorefront(App.CreateClient()) { CsrfToken = owner.CsrfToken }, TimeSpan.Zero),
            ("an unknown session", new AkinonStorefront(App.CreateClient()) { CsrfToken = owner.CsrfToken, SessionKey = new string('a', 43) }, TimeSpan.Zero),
            ("a session ended by logout", new AkinonStorefront(App.CreateClient()) { CsrfToken = owner.CsrfToken, SessionKey = endedSession }, TimeSpan.Zero),
            ("an expired session", expired, TimeSpan.FromDays(15)),
        };
        var routes = new List<(HttpMethod Method, string Url, bool NamesACard)>();
        foreach (RouteEndpoint endpoint in App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().Where(endpoint => IsAkinonCardRoute(endpoint.RoutePattern.RawText!)))
        {
            string pattern = endpoint.RoutePattern.RawText!;
            string url = pattern.Replace("{id:long}", TestId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal).Replace("{cardIdentifier:guid}", cardIdentifier, StringComparison.Ordinal);
            routes.AddRange(endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(method => (new HttpMethod(method), url, url != pattern || pattern.Contains('{', StringComparison.Ordinal))));
        }

        routes.Should().HaveCount(6, "the saved cards' list, read, change and delete, and the stored cards' list and delete");

        // Act and assert, route by route
        foreach (var (method, url, namesACard) in routes)
        {
            foreach (var (name, stranger, expiredBy) in strangers)
            {
                App.Clock.Advance(expiredBy);
                using HttpResponseMessage refused = await SendAkinonAsync(stranger, method, url);
                App.Clock.Advance(-expiredBy);
                await ExpectAkinonRefusalAsync(refused, HttpStatusCode.Unauthorized, "Authentication credentials were not provided.", $"{name} to {method} {url}", ownersData);
            }

            using (HttpResponseMessage response = await SendAkinonAsync(anotherCustomer, method, url))
            {
                if (namesACard)
                {
                    await ExpectAkinonRefusalAsync(response, HttpStatusCode.NotFound, "Not found.", $"another customer to {method} {url}", ownersData);
                }
                else
                {
                    response.StatusCode.Should().Be(HttpStatusCode.OK, "another customer lists its own cards at {0}", url);
                    (await response.Content.ReadAsStringAsync()).Should().NotContainAny(ownersData);
                }
            }

            if (method == HttpMethod.Get)
            {
                using HttpResponseMessage response = await SendAkinonAsync(owner, method, url);
                response.StatusCode.Should().Be(HttpStatusCode.OK, "the customer who owns the data reads {0}", url);
                (await response.Content.ReadAsStringAsync()).Should().NotContain("ps_live", "the live twin is in another mode");
            }
        }

        // Assert: nothing any of them sent was written; the owner's session does not reach the live twin either
        (await DatabaseRowsAsync()).Should().Be(before, "no refused caller changes anything");
        (await owner.GetAsync("/users/saved-cards/2/")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public void Every_route_but_those_that_issue_credentials_requires_an_authorized_caller()
    {
        // Act
        string[] open = [.. App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<IAuthorizeData>() is null)
            .Select(endpoint => endpoint.RoutePattern.RawText!)
            .Distinct()];

        // Assert
        open.Should().BeEquivalentTo(CredentialRoutes);
    }

    /// <summary>
    /// The Ottu routes, from <see cref="EndpointDataSource"/> as above, for the test-mode customer's card (reference
    /// <c>TEST-ONLY</c>, token <c>ps_test</c>): callers without a valid API key get a 401, a key of the other mode a 403
    /// when <c>type</c> names the data's mode and nothing of it when it names its own, another customer of the mode nothing
    /// (an empty list, a 404 for the card); none of them a byte of the data, and nothing is written. The key of the data's
    /// mode lists the card.
    /// </summary>
    [Fact]
    public async Task Every_ottu_route_answers_only_api_keys_of_its_data_mode_for_the_cards_customer()
    {
        // Arrange
        await SeedBothModesAsync();
        await Client.CreateCustomerWithReferenceAsync("SOMEONE-ELSE", "someone-else@example.com");
        string disabledKey = await App.CreateApiKeyAsync(CardsMode.Test, "disabled in the matrix");
        await using (AsyncServiceScope scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ApiKeys>().DisableAsync(disabledKey.Split('.')[0], CancellationToken.None);
        }

        string ownKey = await App.CreateApiKeyAsync(CardsMode.Test);
        string otherModeKey = await App.CreateApiKeyAsync(CardsMode.Live);
        (string Name, string? Authorization)[] strangers =
        [
            ("no credential", null),
            ("a malformed key", "Api-Key not-a-key"),
            ("a made-up key", "Api-Key " + ownKey[..^4] + (ownKey.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA")),
            ("a disabled key", "Api-Key " + disabledKey),
            ("a bearer token of the data's mode", "Bearer " + App.AuthorizationFor(CardsMode.Test).Parameter),
        ];
        string before = await DatabaseRowsAsync();
        var casesPerRoute = new SortedDictionary<string, int>(StringComparer.Ordinal);

        // Act and assert, route by route
        List<OttuRoute> routes = [.. App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText!.StartsWith(OttuApi.BasePath, StringComparison.Ordinal))
            .SelectMany(endpoint => endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(method => new OttuRoute(new HttpMethod(method), endpoint.RoutePattern.RawText!)))];
        routes.Select(route => route.Pattern).Distinct().Should().BeEquivalentTo(OttuRoutes);
        foreach (OttuRoute route in routes)
        {
            int cases = 0;
            foreach (var (name, authorization) in strangers)
            {
                using HttpResponseMessage response = await SendAsync(route.Request(authorization, "sandbox", TestMarker));
                await ExpectOttuRefusalAsync(response, HttpStatusCode.Unauthorized, route, name);
                response.Headers.WwwAuthenticate.Should().ContainSingle(header => header.Scheme == "Api-Key", "{0} to {1}", name, route);
                cases++;
            }

            using (HttpResponseMessage response = await SendAsync(route.Request("Api-Key " + otherModeKey, "sandbox", TestMarker)))
            {
                await ExpectOttuRefusalAsync(response, HttpStatusCode.Forbidden, route, "a key of the other mode naming the data's type");
                cases++;
            }

            foreach (var (key, type, customer, name) in new[] { (otherModeKey, "production", TestMarker, "a key of the other mode"), (ownKey, "sandbox", "SOMEONE-ELSE", "another customer of the mode") })
            {
                using HttpResponseMessage response = await SendAsync(route.Request("Api-Key " + key, type, customer));
                if (route.Method == HttpMethod.Post)
                {
                    response.StatusCode.Should().Be(HttpStatusCode.OK, "{0} lists its own cards at {1}", name, route);
                    (await response.Content.ReadAsStringAsync()).Should().Be("[]", "{0} at {1} gets none of the data", name, route);
                }
                else
                {
                    await ExpectOttuRefusalAsync(response, HttpStatusCode.NotFound, route, name);
                }

                cases++;
            }

            if (route.Method == HttpMethod.Post)
            {
                using HttpResponseMessage response = await SendAsync(route.Request("Api-Key " + ownKey, "sandbox", TestMarker));
                response.StatusCode.Should().Be(HttpStatusCode.OK);
                (await response.Content.ReadAsStringAsync()).Should().Contain("\"token\":\"ps_test\"", "the key of the data's mode lists the card");
                cases++;
            }

            casesPerRoute[route.ToString()] = cases;
        }

        // Assert: nothing any of them sent was written, and both routes were tried
        (await DatabaseRowsAsync()).Should().Be(before, "no refused caller changes anything");
        casesPerRoute.Should().HaveCount(2).And.OnlyContain(entry => entry.Value >= strangers.Length + 3);
        Console.WriteLine($"Ottu access matrix: {casesPerRoute.Values.Sum()} cases over {casesPerRoute.Count} route and method pairs.");
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        using HttpClient client = App.CreateOttuClient(apiKey: null);
        using (request)
        {
            return await client.SendAsync(request);
        }
    }

    private static async Task ExpectOttuRefusalAsync(HttpResponseMessage response, HttpStatusCode status, OttuRoute route, string caller)
    {
        string body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, "{0} to {1}: {2}", caller, route, body);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json", "{0} to {1}", caller, route);
        body.Should().StartWith("{\"detail\":", "{0} to {1}", caller, route).And.NotContain(TestMarker).And.NotContain("ps_test");
    }

    /// <summary>Gives the test-mode customer a password (as the integration does) and signs in with it (the password grant).</summary>
    private async Task<HttpClient> CustomerClientAsync(string customerId, string password)
    {
        (await Client.PatchDocumentAsync($"/api/customers/{customerId}",
            $$$$"""{"data":{"type":"customers","id":"{{{{customerId}}}}","attributes":{"password":"{{{{password}}}}"}}}""")).StatusCode.Should().Be(HttpStatusCode.OK);
        await using CardsDbContext dbContext = App.CreateDbContext();
        string email = (await dbContext.Customers.SingleAsync(customer => customer.Id == long.Parse(customerId, System.Globalization.CultureInfo.InvariantCulture))).Email;
        var (clientId, secret) = await App.CreateApiClientAsync(CardsMode.Test, $"shop of customer {customerId}");

        HttpClient client = App.CreateAnonymousJsonApiClient();
        using HttpResponseMessage token = await client.PostFormAsync("/oauth/token",
            ("grant_type", "password"), ("username", email), ("password", password), ("client_id", clientId), ("client_secret", secret));
        token.StatusCode.Should().Be(HttpStatusCode.OK, await token.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await token.ReadJsonAsync()).GetProperty("access_token").GetString());
        return client;
    }

    /// <summary>Gives a test-mode customer a password and signs in to the Akinon adapter with it.</summary>
    private async Task<AkinonStorefront> StorefrontOfAsync(string customerId, string password)
    {
        (await Client.PatchDocumentAsync($"/api/customers/{customerId}",
            $$$$"""{"data":{"type":"customers","id":"{{{{customerId}}}}","attributes":{"password":"{{{{password}}}}"}}}""")).StatusCode.Should().Be(HttpStatusCode.OK);
        await using CardsDbContext dbContext = App.CreateDbContext();
        string email = (await dbContext.Customers.SingleAsync(customer => customer.Id == long.Parse(customerId, System.Globalization.CultureInfo.InvariantCulture))).Email;
        var storefront = new AkinonStorefront(App.CreateClient());
        await storefront.SignInAsync(email, password);
        return storefront;
    }

    private static Task<HttpResponseMessage> SendAkinonAsync(AkinonStorefront storefront, HttpMethod method, string url) =>
        method == HttpMethod.Patch ? storefront.SendJsonAsync(method, url, """{"name":"changed"}""") : storefront.SendAsync(new HttpRequestMessage(method, url));

    private static async Task ExpectAkinonRefusalAsync(HttpResponseMessage response, HttpStatusCode status, string detail, string what, string[] ownersData)
    {
        string body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, "{0}: {1}", what, body);
        body.Should().Be($$"""{"detail":"{{detail}}"}""", what);
        body.Should().NotContainAny(ownersData);
    }

    /// <summary>Every JSON:API route and method, with its placeholders filled for the test-mode resource of its type and each of its relationships.</summary>
    private List<ApiRoute> ApiRoutes()
    {
        ResourceGraph graph = App.Services.GetRequiredService<ResourceGraph>();
        var routes = new List<ApiRoute>();
        foreach (RouteEndpoint endpoint in App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            string pattern = endpoint.RoutePattern.RawText!;
            if (IsAkinonCardRoute(pattern))
            {
                continue;
            }

            if (!pattern.StartsWith("/api/", StringComparison.Ordinal))
            {
                CredentialRoutes.Concat(OttuRoutes).Should().Contain(pattern, "a route outside /api must be given its place in the matrix");
                continue;
            }

            if (pattern == AtomicOperationsRoute)
            {
                // One request per resource type, each an update of the test-mode resource of that type in one operation.
                routes.AddRange(graph.ResourceTypes.Select(type => new ApiRoute(HttpMethod.Post, pattern, type, Relationship: null, NamesAResource: true, IsAtomic: true)));
                continue;
            }

            ResourceType type = graph.ResourceTypes.Single(candidate => pattern.StartsWith($"/api/{candidate.PublicName}", StringComparison.Ordinal));
            string path = pattern.Replace("{id}", TestId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            RelationshipField?[] relationships = path.Contains("{relationship}", StringComparison.Ordinal) ? [.. type.Relationships] : [null];
            foreach (string method in endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()!.HttpMethods)
            {
                foreach (RelationshipField? relationship in relationships)
                {
                    string url = relationship is null ? path : path.Replace("{relationship}", relationship.PublicName, StringComparison.Ordinal);
                    routes.Add(new ApiRoute(new HttpMethod(method), url, type, relationship, NamesAResource: pattern.Contains("{id}", StringComparison.Ordinal)));
                }
            }
        }

        routes.Should().NotBeEmpty();
        return routes;
    }

    /// <summary>Callers with no valid credential: none, a malformed one, an expired one, a revoked one, one of a disabled client.</summary>
    private async Task<Caller[]> StrangersAsync()
    {
        using HttpClient anonymous = App.CreateAnonymousJsonApiClient();
        var (revokedClientId, revokedSecret) = await App.CreateApiClientAsync(CardsMode.Test, "revoked in the matrix");
        string revoked = await JsonApiCardsApplication.GetAccessTokenAsync(anonymous, revokedClientId, revokedSecret);
        (await anonymous.PostFormAsync("/oauth/revoke", ("token", revoked), ("client_id", revokedClientId), ("client_secret", revokedSecret)))
            .StatusCode.Should().Be(HttpStatusCode.OK);

        var (disabledClientId, disabledSecret) = await App.CreateApiClientAsync(CardsMode.Test, "disabled in the matrix");
        string ofDisabledClient = await JsonApiCardsApplication.GetAccessTokenAsync(anonymous, disabledClientId, disabledSecret);
        await using (AsyncServiceScope scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ApiClients>().DisableAsync(disabledClientId, CancellationToken.None);
        }

        string valid = App.AuthorizationFor(CardsMode.Test).Parameter!;
        return
        [
            new Caller(App, "no credential", Authorization: null),
            new Caller(App, "a malformed token", new AuthenticationHeaderValue("Bearer", "not.a-token")),
            new Caller(App, "a token signed with another key", new AuthenticationHeaderValue("Bearer", valid[..^4] + (valid.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA"))),
            new Caller(App, "an expired token", new AuthenticationHeaderValue("Bearer", valid), ExpiredBy: TimeSpan.FromDays(2)),
            new Caller(App, "a revoked token", new AuthenticationHeaderValue("Bearer", revoked)),
            new Caller(App, "a disabled client's token", new AuthenticationHeaderValue("Bearer", ofDisabledClient)),
        ];
    }

    private static async Task ExpectRefusedAsync(HttpResponseMessage response, HttpStatusCode status, ApiRoute route, string caller)
    {
        string body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, "{0} to {1}: {2}", caller, route, body);
        body.Should().NotContain(TestMarker, "{0} to {1} gets none of the data", caller, route);
        if (route.Method != HttpMethod.Head)
        {
            response.Content.Headers.ContentType!.MediaType.Should().Be(JsonApiHttp.MediaType, "{0} to {1}", caller, route);
            body.Should().StartWith("{\"errors\":", "{0} to {1}", caller, route);
        }
    }

    /// <summary>A customer, an order, a card on it and the wallet entry, in each mode: ids 1 in test mode (marked), 2 in live mode.</summary>
    private async Task SeedBothModesAsync()
    {
        foreach (string mode in new[] { CardsMode.Test, CardsMode.Live })
        {
            string marker = mode == CardsMode.Test ? TestMarker : "LIVE-ONLY";
            long id = mode == CardsMode.Test ? 1 : 2;
            var customer = new Customer { Mode = mode, Email = $"{mode}-owner@example.com", Reference = marker };
            Order order = CardsSeed.Order($"{mode.ToUpperInvariant()}000001", OrderStatus.Draft, customer);
            order.Mode = mode;
            order.Reference = marker;
            CreditCard card = CardsSeed.Cards(1)[0];
            card.Mode = mode;
            card.Reference = marker;
            card.Order = order;
            var source = new CustomerPaymentSource
            {
                Mode = mode, Reference = marker, Name = "Wallet card", Customer = customer, PaymentSource = card,
                CustomerToken = $"cus_{mode}", PaymentSourceToken = $"ps_{mode}",
            };
            await App.SeedAsync(source);
            await using CardsDbContext dbContext = App.CreateDbContext();
            (await dbContext.CustomerPaymentSources.SingleAsync(row => row.Mode == mode)).Id.Should().Be(id);
        }
    }

    /// <summary>Every row of every resource table, as text, to compare before and after.</summary>
    private async Task<string> DatabaseRowsAsync()
    {
        await using CardsDbContext dbContext = App.CreateDbContext();
        var rows = new StringBuilder();
        foreach (var customer in await dbContext.Customers.AsNoTracking().OrderBy(row => row.Id).ToListAsync())
        {
            rows.AppendLine($"customer {customer.Id} {customer.Mode} {customer.Email} {customer.Status} {customer.Reference} {customer.UpdatedAt:O}");
        }

        foreach (var order in await dbContext.Orders.AsNoTracking().OrderBy(row => row.Id).ToListAsync())
        {
            rows.AppendLine($"order {order.Id} {order.Mode} {order.Status} {order.PaymentStatus} {order.CustomerId} {order.PaymentSourceId} {order.UpdatedAt:O}");
        }

        foreach (var card in await dbContext.CreditCards.AsNoTracking().OrderBy(row => row.Id).ToListAsync())
        {
            rows.AppendLine($"card {card.Id} {card.Mode} {card.FirstName} {card.OrderId} {card.StorageState} {card.UpdatedAt:O}");
        }

        foreach (var source in await dbContext.CustomerPaymentSources.AsNoTracking().OrderBy(row => row.Id).ToListAsync())
        {
            rows.AppendLine($"wallet {source.Id} {source.Mode} {source.Name} {source.CustomerId} {source.PaymentSourceId} {source.UpdatedAt:O}");
        }

        return rows.ToString();
    }

    /// <summary>One route and method with its placeholders filled; a write carries a body that would change the test-mode resource.</summary>
    private sealed record ApiRoute(HttpMethod Method, string Url, ResourceType Type, RelationshipField? Relationship, bool NamesAResource, bool IsAtomic = false)
    {
        public HttpRequestMessage Request()
        {
            var request = new HttpRequestMessage(Method, Url);
            if (IsAtomic)
            {
                request.Content = new StringContent($$"""{"atomic:operations":[{"op":"update","data":{{UpdateOfTheTestResource()}}}]}""", Encoding.UTF8);
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(AtomicMediaType);
                request.Headers.Accept.ParseAdd(AtomicMediaType);
            }
            else if (Body() is { } body)
            {
                request.Content = new StringContent(body, Encoding.UTF8);
                request.Content.Headers.ContentType = new MediaTypeHeaderValue(JsonApiHttp.MediaType);
            }

            return request;
        }

        /// <summary>
        /// A change the relationship does not allow at all (members added or removed on a to-one, or a to-many change its
        /// capabilities exclude): any caller gets a 403 that says nothing of the resource.
        /// </summary>
        public bool RefusedWhateverTheResource => Relationship switch
        {
            null => false,
            { IsToMany: false } => Method == HttpMethod.Post || Method == HttpMethod.Delete,
            _ => (Method.Method, Relationship) switch
            {
                ("PATCH", var many) => !many.Can(HasManyCapabilities.AllowSet),
                ("POST", var many) => !many.Can(HasManyCapabilities.AllowAdd),
                ("DELETE", var many) => !many.Can(HasManyCapabilities.AllowRemove),
                _ => false,
            },
        };

        public override string ToString() => IsAtomic ? $"{Method} {Url} (an update of {Type.PublicName})" : $"{Method} {Url}";

        private string UpdateOfTheTestResource() => $"{{\"type\":\"{Type.PublicName}\",\"id\":\"{TestId}\",\"attributes\":{{\"reference\":\"changed\"}}}}";

        private string? Body()
        {
            if (Method == HttpMethod.Get || Method == HttpMethod.Head || (Method == HttpMethod.Delete && Relationship is null))
            {
                return null;
            }

            if (Relationship is not null)
            {
                return $"{{\"data\":{Linkage(Relationship)}}}";
            }

            if (NamesAResource)
            {
                return $"{{\"data\":{UpdateOfTheTestResource()}}}";
            }

            // A create that links the new resource to the test-mode resource of its first relationship.
            RelationshipField linked = Type.Relationships[0];
            return $"{{\"data\":{{\"type\":\"{Type.PublicName}\",\"attributes\":{{\"reference\":\"changed\"}},\"relationships\":{{\"{linked.PublicName}\":{{\"data\":{Linkage(linked)}}}}}}}}}";
        }

        private static string Linkage(RelationshipField relationship)
        {
            string identifier = $"{{\"type\":\"{relationship.RightType.PublicName}\",\"id\":\"{TestId}\"}}";
            return relationship.IsToMany ? $"[{identifier}]" : identifier;
        }
    }

    /// <summary>An Ottu route and method; the request names the test-mode card (<c>ps_test</c>) where the route takes a token.</summary>
    private sealed record OttuRoute(HttpMethod Method, string Pattern)
    {
        public HttpRequestMessage Request(string? authorization, string type, string customerId)
        {
            string url = Pattern.Replace("{token}", "ps_test", StringComparison.Ordinal);
            var request = Method == HttpMethod.Post
                ? new HttpRequestMessage(Method, url) { Content = new StringContent($"{{\"type\":\"{type}\",\"customer_id\":\"{customerId}\"}}", Encoding.UTF8, "application/json") }
                : new HttpRequestMessage(Method, $"{url}?customer_id={customerId}&type={type}");
            if (authorization is not null)
            {
                request.Headers.TryAddWithoutValidation("Authorization", authorization);
            }

            return request;
        }

        public override string ToString() => $"{Method} {Pattern}";
    }

    /// <summary>A caller without a valid credential; an expired token is sent with the clock moved past its lifetime.</summary>
    private sealed record Caller(JsonApiCardsApplication App, string Name, AuthenticationHeaderValue? Authorization, TimeSpan ExpiredBy = default)
    {
        public async Task<HttpResponseMessage> SendAsync(ApiRoute route)
        {
            using HttpClient client = App.CreateAnonymousJsonApiClient();
            client.DefaultRequestHeaders.Authorization = Authorization;
            using HttpRequestMessage request = route.Request();
            App.Clock.Advance(ExpiredBy);
            try
            {
                return await client.SendAsync(request);
            }
            finally
            {
                App.Clock.Advance(-ExpiredBy);
            }
        }
    }
}
