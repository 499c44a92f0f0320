using System.Net;
using JsonApiCards.Api.Orders;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.CreditCards;

public sealed class CreatingCreditCardsTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Fact]
    public async Task Creating_a_card_returns_201_with_the_commerce_layer_document_and_its_location()
    {
        var response = await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create(extraAttributes: """
            ,
                  "reference": "ANYREFEFERNCE",
                  "metadata": { "foo": "bar" }
            """));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        response.Headers.Location.Should().Be(new Uri("http://localhost/api/credit_cards/1"));
        await Snapshot.MatchAsync(response);
    }

    [Fact]
    public async Task The_seed_request_with_an_order_makes_the_card_point_at_that_order()
    {
        await App.SeedAsync(new Order { Number = "1234", CurrencyCode = "EUR" });

        var response = await Client.PostDocumentAsync("/api/credit_cards?include=order", CreditCardRequests.Create(relationships: """
            ,
                "relationships": { "order": { "data": { "type": "orders", "id": "1" } } }
            """));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        await using var db = App.CreateDbContext();
        db.CreditCards.Single().OrderId.Should().Be(1);
    }

    [Fact]
    public async Task An_order_that_does_not_exist_is_a_404_pointing_at_the_linkage()
    {
        var response = await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create(relationships: """
            ,
                "relationships": { "order": { "data": { "type": "orders", "id": "1234" } } }
            """));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        await Snapshot.MatchAsync(response);
    }

    [Fact]
    public async Task The_number_and_verification_value_are_never_returned()
    {
        var response = await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create());

        string body = await response.Content.ReadAsStringAsync();
        body.Should().NotContain("4111111111111111").And.NotContain("\"number\"").And.NotContain("verification_value").And.NotContain("\"123\"");
    }

    [SqliteOnlyFact("it reads the SQLite file; on PostgreSQL the number is stored the same way, encrypted, as the other tests show")]
    public async Task The_database_file_holds_neither_the_number_nor_the_verification_value()
    {
        await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create(number: "5555555555554444", verificationValue: "987"));
        await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create(number: "378282246310005", verificationValue: "4321"));
        await using (var db = App.CreateDbContext())
        {
            db.CreditCards.Count().Should().Be(2);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        string raw = ReadAllDatabaseBytesAsText();

        raw.Should().NotContain("5555555555554444").And.NotContain("378282246310005");
        raw.Should().Contain("555555").And.Contain("4444", "the BIN and last four are kept for display");
        // The files hold random bytes (nonces, ciphertext, WAL checksums) where three given digits turn up now and then,
        // so the raw scan looks for the four-digit code only; every stored value is checked for both codes.
        raw.Should().NotContain("4321");
        string storedValues = await ReadAllStoredValuesAsTextAsync();
        storedValues.Should().Contain("|555555").And.Contain("|4444|");

        // Hex fingerprints hold any three given digits now and then (two 64-digit ones: in a few runs of a hundred), so a code
        // counts as stored where it stands alone, not inside a run of letters and digits.
        storedValues.Should().NotMatchRegex("(?<![0-9A-Za-z])987(?![0-9A-Za-z])").And.NotMatchRegex("(?<![0-9A-Za-z])4321(?![0-9A-Za-z])");
    }

    [Fact]
    public async Task The_same_card_gets_the_same_fingerprint_and_another_card_another()
    {
        await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create());
        await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create(firstName: "Jane"));
        await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create(number: "5555555555554444"));

        await using var db = App.CreateDbContext();
        var fingerprints = db.CreditCards.OrderBy(card => card.Id).Select(card => card.Fingerprint).ToList();
        fingerprints[0].Should().MatchRegex("^[0-9a-f]{64}$").And.Be(fingerprints[1]);
        fingerprints[2].Should().NotBe(fingerprints[0]);
    }

    [Theory]
    [InlineData("5555555555554444", "master")]
    [InlineData("2223003122003222", "master")]
    [InlineData("378282246310005", "american_express")]
    [InlineData("6011111111111117", "discover")]
    [InlineData("36227206271667", "diners")]
    [InlineData("3566002020360505", "jcb")]
    [InlineData("6759411100000008", "maestro")]
    [InlineData("6200000000000005", "unionpay")]
    public async Task The_card_type_comes_from_the_BIN(string number, string cardType)
    {
        string cvv = cardType == "american_express" ? "1234" : "123";

        var response = await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create(number: number, verificationValue: cvv));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        string body = await response.Content.ReadAsStringAsync();
        body.Should().Contain($"\"card_type\":\"{cardType}\"").And.Contain($"\"display_number\":\"XXXX-XXXX-XXXX-{number[^4..]}\"");
    }

    [Fact]
    public async Task A_single_digit_month_is_stored_with_two_digits()
    {
        var response = await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create(month: "3"));

        (await response.Content.ReadAsStringAsync()).Should().Contain("\"month\":\"03\"").And.Contain("\"valid_thru\":\"03/2030\"");
    }

    private string ReadAllDatabaseBytesAsText()
    {
        var text = new System.Text.StringBuilder();
        foreach (string file in Directory.GetFiles(Path.GetDirectoryName(App.DatabasePath)!))
        {
            text.Append(System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(file)));
        }

        return text.ToString();
    }

    /// <summary>Every value in every table, ciphertext included, as one text.</summary>
    private async Task<string> ReadAllStoredValuesAsTextAsync()
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={App.DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var listTables = connection.CreateCommand())
        {
            listTables.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            await using var reader = await listTables.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var text = new System.Text.StringBuilder();
        foreach (string table in tables)
        {
            await using var selectAll = connection.CreateCommand();
            selectAll.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await selectAll.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (int column = 0; column < reader.FieldCount; column++)
                {
                    object value = reader.GetValue(column);
                    text.Append(value is byte[] bytes ? System.Text.Encoding.Latin1.GetString(bytes) : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                }
            }
        }

        return text.ToString();
    }
}
