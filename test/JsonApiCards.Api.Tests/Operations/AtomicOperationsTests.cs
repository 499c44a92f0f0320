using System.Net;
using System.Text.Json;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace JsonApiCards.Api.Tests.Operations;

/// <summary>
/// <c>POST /api/operations</c> runs a list of writes in order, all or nothing, through the rules of the single routes; local
/// ids (<c>lid</c>) let later operations name what earlier ones created.
/// </summary>
public sealed class AtomicOperationsTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    private const string Journey = $$"""
        {
          "atomic:operations": [
            { "op": "add", "data": { "type": "customers", "lid": "ann", "attributes": { "email": "ann@example.com" } } },
            {
              "op": "add",
              "data": {
                "type": "orders", "lid": "order",
                "attributes": { "currency_code": "EUR", "total_amount_cents": 4400 },
                "relationships": { "customer": { "data": { "type": "customers", "lid": "ann" } } }
              }
            },
            {{AddCardForOrder}},
            {
              "op": "add",
              "data": {
                "type": "customer_payment_sources",
                "attributes": { "name": "Everyday card" },
                "relationships": {
                  "customer": { "data": { "type": "customers", "lid": "ann" } },
                  "payment_source": { "data": { "type": "credit_cards", "lid": "card" } }
                }
              }
            }
          ]
        }
        """;

    private const string AddCardForOrder = """
        {
          "op": "add",
          "data": {
            "type": "credit_cards", "lid": "card",
            "attributes": { "first_name": "John", "last_name": "Smith", "number": "4111111111111111", "month": "10", "year": "2030", "verification_value": "123" },
            "relationships": { "order": { "data": { "type": "orders", "lid": "order" } } }
          }
        }
        """;

    [Fact]
    public async Task The_journey_creates_a_customer_an_order_a_card_and_the_wallet_entry_in_one_request()
    {
        // Act
        var response = await Client.PostOperationsAsync(Journey);

        // Assert
        string body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        response.Content.Headers.ContentType!.ToString().Should().Be("""application/vnd.api+json; ext="https://jsonapi.org/ext/atomic" """.Trim());
        using var document = JsonDocument.Parse(body);
        var results = document.RootElement.GetProperty("atomic:results").EnumerateArray().Select(result => result.GetProperty("data")).ToList();
        results.Select(data => data.GetProperty("type").GetString()).Should().Equal("customers", "orders", "credit_cards", "customer_payment_sources");
        results.Select(data => data.GetProperty("id").GetString()).Should().Equal("1", "1", "1", "1");
        results[2].GetProperty("attributes").GetProperty("display_number").GetString().Should().EndWith("1111");
        results[2].GetProperty("attributes").TryGetProperty("number", out _).Should().BeFalse("the number is write-only, here as on the single routes");
        document.RootElement.GetProperty("jsonapi").GetProperty("ext").EnumerateArray().Select(ext => ext.GetString()).Should().Equal("https://jsonapi.org/ext/atomic");
        (await Client.LinkedIdAsync("/api/orders/1/relationships/customer")).Should().Be("1");
        (await Client.LinkedIdAsync("/api/credit_cards/1/relationships/order")).Should().Be("1");
        (await Client.GetIdsAsync("/api/customers/1/customer_payment_sources")).Should().Equal("1");
        (await Client.AttributeAsync("/api/credit_cards/1", "storage_state")).Should().Be("retained", "the wallet rules ran as on the single route");
    }

    [Fact]
    public async Task When_the_last_operation_fails_nothing_is_written_and_the_error_points_into_it()
    {
        // Arrange: the card's number fails the Luhn check, in the third operation
        string operations = $$"""
            {
              "atomic:operations": [
                { "op": "add", "data": { "type": "customers", "lid": "ann", "attributes": { "email": "ann@example.com" } } },
                { "op": "add", "data": { "type": "orders", "lid": "order", "attributes": { "currency_code": "EUR", "total_amount_cents": 4400 } } },
                {{AtomicHttp.AddCard("""{ "type": "orders", "lid": "order" }""", number: "4111111111111112")}}
              ]
            }
            """;

        // Act
        var response = await Client.PostOperationsAsync(operations);

        // Assert
        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity, await response.Content.ReadAsStringAsync());
        var error = await ErrorDocument.SingleAsync(response);
        error.Pointer.Should().Be("/atomic:operations/2/data/attributes/number");
        await using CardsDbContext cards = App.CreateDbContext();
        (await cards.Customers.CountAsync()).Should().Be(0);
        (await cards.Orders.CountAsync()).Should().Be(0);
        (await cards.CreditCards.CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Update_and_remove_of_resources_answer_the_updated_resource_and_an_empty_result()
    {
        // Arrange
        string ann = await Client.CreateCustomerAsync("ann@example.com");
        string bob = await Client.CreateCustomerAsync("bob@example.com");

        // Act
        var response = await Client.PostOperationsAsync($$"""
            {
              "atomic:operations": [
                { "op": "update", "data": { "type": "customers", "id": "{{ann}}", "attributes": { "reference": "ANN-1" } } },
                { "op": "remove", "ref": { "type": "customers", "id": "{{bob}}" } }
              ]
            }
            """);

        // Assert
        string body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        using var document = JsonDocument.Parse(body);
        var results = document.RootElement.GetProperty("atomic:results").EnumerateArray().ToList();
        results[0].GetProperty("data").GetProperty("attributes").GetProperty("reference").GetString().Should().Be("ANN-1");
        results[1].GetRawText().Should().Be("{}");
        (await Client.GetIdsAsync("/api/customers")).Should().Equal(ann);
    }

    [Fact]
    public async Task Operations_without_data_in_their_results_answer_204()
    {
        // Arrange
        string ann = await Client.CreateCustomerAsync("ann@example.com");
        string order = await Client.CreateOrderAsync();

        // Act: the order moves to ann through its relationship, then the customer-less second order goes
        string second = await Client.CreateOrderAsync();
        var response = await Client.PostOperationsAsync($$"""
            {
              "atomic:operations": [
                { "op": "update", "ref": { "type": "orders", "id": "{{order}}", "relationship": "customer" }, "data": { "type": "customers", "id": "{{ann}}" } },
                { "op": "remove", "ref": { "type": "orders", "id": "{{second}}" } }
              ]
            }
            """);

        // Assert
        response.StatusCode.Should().Be(HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
        (await Client.LinkedIdAsync($"/api/orders/{order}/relationships/customer")).Should().Be(ann);
        (await Client.GetIdsAsync("/api/orders")).Should().Equal(order);
    }

    [Fact]
    public async Task Members_are_added_to_and_removed_from_a_to_many_relationship_named_by_a_local_id()
    {
        // Arrange
        string first = await Client.CreateOrderAsync();
        string second = await Client.CreateOrderAsync();

        // Act
        var response = await Client.PostOperationsAsync($$"""
            {
              "atomic:operations": [
                { "op": "add", "data": { "type": "customers", "lid": "ann", "attributes": { "email": "ann@example.com" } } },
                { "op": "add", "ref": { "type": "customers", "lid": "ann", "relationship": "orders" }, "data": [ { "type": "orders", "id": "{{first}}" }, { "type": "orders", "id": "{{second}}" } ] },
                { "op": "remove", "ref": { "type": "customers", "lid": "ann", "relationship": "orders" }, "data": [ { "type": "orders", "id": "{{first}}" } ] }
              ]
            }
            """);

        // Assert
        string body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        using var document = JsonDocument.Parse(body);
        document.RootElement.GetProperty("atomic:results").EnumerateArray().Select(result => result.GetRawText()).Skip(1).Should().Equal("{}", "{}");
        (await Client.GetIdsAsync("/api/customers/1/orders")).Should().Equal(second);
    }

    [Fact]
    public async Task A_local_id_used_before_the_operation_that_defines_it_is_a_400()
    {
        // Act
        var response = await Client.PostOperationsAsync("""
            {
              "atomic:operations": [
                { "op": "add", "data": { "type": "orders", "attributes": { "currency_code": "EUR", "total_amount_cents": 4400 }, "relationships": { "customer": { "data": { "type": "customers", "lid": "ann" } } } } },
                { "op": "add", "data": { "type": "customers", "lid": "ann", "attributes": { "email": "ann@example.com" } } }
              ]
            }
            """);

        // Assert
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ErrorDocument.SingleAsync(response)).Should().Be(new ErrorDocument.ErrorItem("400", "INVALID_REQUEST_BODY", "Invalid request body.",
            "The local id 'ann' is not defined by an earlier operation: a 'lid' is usable only after the 'add' operation whose resource object declares it.",
            "/atomic:operations/0/data/relationships/customer/data/lid", null, null));
        await using CardsDbContext cards = App.CreateDbContext();
        (await cards.Orders.CountAsync()).Should().Be(0);
    }

    [Theory]
    [InlineData("""{ "op": "add", "data": { "type": "customers", "lid": "ann", "attributes": { "email": "bob@example.com" } } }""", "/atomic:operations/1/data/lid",
        "The local id 'ann' is already defined by an earlier operation; each 'lid' names one resource.")]
    [InlineData("""{ "op": "update", "data": { "type": "orders", "lid": "ann", "attributes": { "reference": "X" } } }""", "/atomic:operations/1/data/lid",
        "The local id 'ann' names a resource of type 'customers', not 'orders'.")]
    [InlineData("""{ "op": "remove", "ref": { "type": "customers", "lid": "nobody" } }""", "/atomic:operations/1/ref/lid",
        "The local id 'nobody' is not defined by an earlier operation: a 'lid' is usable only after the 'add' operation whose resource object declares it.")]
    public async Task A_local_id_defined_twice_used_with_another_type_or_never_defined_is_a_400(string second, string pointer, string detail)
    {
        // Act
        var response = await Client.PostOperationsAsync($$"""
            {
              "atomic:operations": [
                { "op": "add", "data": { "type": "customers", "lid": "ann", "attributes": { "email": "ann@example.com" } } },
                {{second}}
              ]
            }
            """);

        // Assert
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ErrorDocument.SingleAsync(response)).Should().Be(new ErrorDocument.ErrorItem("400", "INVALID_REQUEST_BODY", "Invalid request body.", detail, pointer, null, null));
        await using CardsDbContext cards = App.CreateDbContext();
        (await cards.Customers.CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task An_operation_that_targets_by_href_is_a_400_that_says_to_use_ref()
    {
        // Act
        var response = await Client.PostOperationsAsync("""
            { "atomic:operations": [ { "op": "remove", "href": "/api/customers/1" } ] }
            """);

        // Assert
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ErrorDocument.SingleAsync(response)).Should().Be(new ErrorDocument.ErrorItem("400", "INVALID_REQUEST_BODY", "Invalid request body.",
            """Operations target resources and relationships by 'ref' ({"type", "id" or "lid", "relationship"}); 'href' is not supported.""", "/atomic:operations/0/href", null, null));
    }

    [Fact]
    public async Task An_operation_on_a_resource_the_caller_cannot_see_is_a_404_pointing_at_it_and_undoes_the_others()
    {
        // Arrange: a live-mode customer, which the test-mode integration does not see
        using HttpClient live = App.CreateJsonApiClient(CardsMode.Live);
        string hidden = await live.CreateCustomerAsync("hidden@example.com");

        // Act
        var response = await Client.PostOperationsAsync($$"""
            {
              "atomic:operations": [
                { "op": "add", "data": { "type": "customers", "attributes": { "email": "ann@example.com" } } },
                { "op": "update", "data": { "type": "customers", "id": "{{hidden}}", "attributes": { "reference": "MINE" } } }
              ]
            }
            """);

        // Assert
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var error = await ErrorDocument.SingleAsync(response);
        error.Code.Should().Be("RESOURCE_NOT_FOUND");
        error.Pointer.Should().Be("/atomic:operations/1");
        (await Client.GetIdsAsync("/api/customers")).Should().BeEmpty();
        (await live.AttributeAsync($"/api/customers/{hidden}", "reference")).Should().BeNull();
    }

    [Fact]
    public async Task A_key_conflict_in_a_later_operation_is_the_single_routes_409_and_undoes_the_earlier_ones()
    {
        // Arrange
        await Client.CreateCustomerAsync("ann@example.com");

        // Act: a new customer, then a second one with ann's email
        var response = await Client.PostOperationsAsync("""
            {
              "atomic:operations": [
                { "op": "add", "data": { "type": "customers", "attributes": { "email": "bob@example.com" } } },
                { "op": "add", "data": { "type": "customers", "attributes": { "email": "ann@example.com" } } }
              ]
            }
            """);

        // Assert
        var single = await Client.PostCustomerAsync("ann@example.com");
        response.StatusCode.Should().Be(single.StatusCode, await response.Content.ReadAsStringAsync());
        (await ErrorDocument.SingleAsync(response)).Code.Should().Be((await ErrorDocument.SingleAsync(single)).Code);
        (await Client.GetIdsAsync("/api/customers")).Should().HaveCount(1);
    }

    [Fact]
    public async Task An_update_that_names_its_resource_neither_in_ref_nor_in_data_is_a_400_and_undoes_the_others()
    {
        // Act
        var response = await Client.PostOperationsAsync("""
            {
              "atomic:operations": [
                { "op": "add", "data": { "type": "customers", "attributes": { "email": "ann@example.com" } } },
                { "op": "update", "data": { "type": "customers", "attributes": { "reference": "MINE" } } }
              ]
            }
            """);

        // Assert
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ErrorDocument.SingleAsync(response)).Should().Be(new ErrorDocument.ErrorItem("400", "INVALID_REQUEST_BODY", "Invalid request body.",
            "Expected an 'id' or 'lid' member in the resource object.", "/atomic:operations/1/data", null, null));
        (await Client.GetIdsAsync("/api/customers")).Should().BeEmpty();
    }

    [Theory]
    [InlineData("""{ "op": "remove", "ref": { "type": "customers", "id": "ann" } }""")]
    [InlineData("""{ "op": "update", "ref": { "type": "customers", "id": "ann" }, "data": { "type": "customers", "id": "ann", "attributes": { "reference": "X" } } }""")]
    public async Task A_ref_whose_id_is_not_a_number_names_no_resource_and_is_a_404(string operation)
    {
        // Act
        var response = await Client.PostOperationsAsync($$"""{ "atomic:operations": [ {{operation}} ] }""");

        // Assert
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ErrorDocument.SingleAsync(response)).Should().Be(new ErrorDocument.ErrorItem("404", "RESOURCE_NOT_FOUND", "The requested resource does not exist.",
            "There is no customers with id 'ann'.", "/atomic:operations/0", null, null));
    }

    [Fact]
    public async Task A_relationship_change_the_single_route_forbids_is_the_same_403_whatever_the_data()
    {
        // Arrange
        string customer = await Client.CreateCustomerAsync("ann@example.com");

        // Act: payment sources belong to their customer, so they cannot be removed from it through the relationship; the
        // refusal comes before the data is read
        var response = await Client.PostOperationsAsync($$"""
            { "atomic:operations": [ { "op": "remove", "ref": { "type": "customers", "id": "{{customer}}", "relationship": "customer_payment_sources" }, "data": [ { "type": "planets", "id": "1" } ] } ] }
            """);

        // Assert
        var single = await Client.SendDocumentAsync(HttpMethod.Delete, $"/api/customers/{customer}/relationships/customer_payment_sources", """{ "data": [ { "type": "planets", "id": "1" } ] }""");
        var forbidden = new ErrorDocument.ErrorItem("403", "RELATIONSHIP_CHANGE_FORBIDDEN", "The relationship cannot be changed this way.",
            "Removing members from 'customer_payment_sources' of customers is not allowed. You may add members with POST.", "/atomic:operations/0", null, null);
        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await ErrorDocument.SingleAsync(response)).Should().Be(forbidden);
        (await ErrorDocument.SingleAsync(single)).Should().Be(forbidden with { Pointer = null });
    }

    [Fact]
    public async Task Linkage_to_a_local_id_with_a_type_that_is_not_a_string_is_a_400_pointing_at_the_type()
    {
        // Act
        var response = await Client.PostOperationsAsync("""
            {
              "atomic:operations": [
                { "op": "add", "data": { "type": "customers", "lid": "ann", "attributes": { "email": "ann@example.com" } } },
                { "op": "add", "data": { "type": "orders", "attributes": { "currency_code": "EUR", "total_amount_cents": 4400 }, "relationships": { "customer": { "data": { "type": 7, "lid": "ann" } } } } }
              ]
            }
            """);

        // Assert
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ErrorDocument.SingleAsync(response)).Should().Be(new ErrorDocument.ErrorItem("400", "INVALID_REQUEST_BODY", "Invalid request body.",
            "Expected 'type' to be a string.", "/atomic:operations/1/data/relationships/customer/data/type", null, null));
        (await Client.GetIdsAsync("/api/customers")).Should().BeEmpty();
    }
}
