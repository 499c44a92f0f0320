using System.Globalization;
using System.Text.Json;
using JsonApiCards.Api.CreditCards;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Security;
using JsonApiCards.Api.Vault;
using JsonApiCards.Benchmarks.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace JsonApiCards.Benchmarks.Baseline;

/// <summary>
/// The bar the JSON:API layer is measured against: credit card endpoints written by hand over the same
/// <see cref="CardsDbContext"/> and vault, serving exactly the requests of the load benchmark and returning the same
/// bytes as the service. It knows its one resource and its few query parameters, and nothing else; like the service, it
/// reads the caller's mode from <see cref="CallerContext"/>.
/// </summary>
internal static class BaselineCardsApi
{
    private const string MediaType = "application/vnd.api+json";
    /// <summary>Maps the endpoints; the caller adds what guards them (authentication, rate limits), as the service's route table does.</summary>
    public static RouteGroupBuilder MapBaselineCards(this IEndpointRouteBuilder endpoints)
    {
        RouteGroupBuilder cards = endpoints.MapGroup("/api/credit_cards");
        cards.MapGet("", ListAsync);
        cards.MapGet("{id:long}", GetAsync);
        cards.MapPost("", CreateAsync);
        cards.MapPatch("{id:long}", UpdateAsync);
        return cards;
    }

    private static async Task<Results<EmptyHttpResult, NotFound>> GetAsync(long id, HttpContext context, CardsDbContext db, CallerContext caller, CancellationToken cancellationToken)
    {
        string mode = caller.Mode;
        CreditCard? card = await db.CreditCards.AsNoTracking().FirstOrDefaultAsync(card => card.Mode == mode && card.Id == id, cancellationToken);
        if (card is null)
        {
            return TypedResults.NotFound();
        }

        await WriteSingleAsync(context, StatusCodes.Status200OK, card, context.Request.GetEncodedUrl(), cancellationToken);
        return TypedResults.Empty;
    }

    private static async Task<EmptyHttpResult> ListAsync(HttpContext context, CardsDbContext db, CallerContext caller, CancellationToken cancellationToken)
    {
        string mode = caller.Mode;
        IQueryCollection query = context.Request.Query;
        int size = query.TryGetValue("page[size]", out var sizeText) ? int.Parse(sizeText!, CultureInfo.InvariantCulture) : 10;
        int number = query.TryGetValue("page[number]", out var numberText) ? int.Parse(numberText!, CultureInfo.InvariantCulture) : 1;
        bool includeOrderCustomer = query["include"] == "order.customer";
        var fields = CardFieldSelection.Parse(query["fields[credit_cards]"]);

        IQueryable<CreditCard> cards = db.CreditCards.AsNoTracking().Where(card => card.Mode == mode);
        IQueryable<CreditCardCount> counts = db.Set<CreditCardCount>().AsNoTracking().Where(kept => kept.Mode == mode);
        string? type = query["filter[q][card_type_eq]"] is { Count: 1 } typeValue ? typeValue.ToString() : null;
        if (type is not null)
        {
            cards = cards.Where(card => card.CardType == type);
        }

        // Hand-written code would read the counts the triggers keep too, as the service does: the mode's rows summed, or
        // the one row of the card type filtered on.
        long count = type is null
            ? await counts.SumAsync(kept => kept.Count, cancellationToken)
            : await counts.Where(kept => kept.CardType == type).Select(kept => kept.Count).FirstOrDefaultAsync(cancellationToken);
        cards = query["sort"] == "-created_at" ? cards.OrderByDescending(card => card.CreatedAt).ThenBy(card => card.Id) : cards.OrderBy(card => card.Id);
        cards = cards.Skip((number - 1) * size).Take(size);
        if (includeOrderCustomer)
        {
            cards = cards.Include(card => card.Order).ThenInclude(order => order!.Customer);
        }
        else if (!fields.IsAll)
        {
            cards = cards.Select(card => new CreditCard { Id = card.Id, Mode = card.Mode, FirstName = card.FirstName, LastName = card.LastName, CardType = card.CardType, Reference = card.Reference });
        }

        List<CreditCard> page = await cards.ToListAsync(cancellationToken);
        long pageCount = count == 0 ? 1 : ((count - 1) / size) + 1;
        var links = BaselinePageLinks.For(context.Request, number, size, pageCount);

        await WriteAsync(context, StatusCodes.Status200OK, null, document =>
        {
            document.Writer.WritePropertyName("data");
            document.Writer.WriteStartArray();
            foreach (CreditCard card in page)
            {
                document.Body.WriteCard(card, fields, withOrderLinkage: includeOrderCustomer);
            }

            document.Writer.WriteEndArray();
            if (includeOrderCustomer)
            {
                WriteIncludedOrdersAndCustomers(document, page);
            }

            document.Body.WritePageEnd(BaselinePageLinks.EncodeBrackets(context.Request.GetEncodedUrl()), count, count == 0 ? 0 : pageCount, links);
        }, cancellationToken);
        return TypedResults.Empty;
    }

    private static async Task<Results<EmptyHttpResult, BadRequest<string>, UnprocessableEntity<string>>> CreateAsync(
        HttpContext context, CardsDbContext db, CardValidator validator, CardNumberProtector protector, CardFingerprint fingerprint, CallerContext caller, CancellationToken cancellationToken)
    {
        using JsonDocument body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: cancellationToken);
        if (!body.RootElement.TryGetProperty("data", out JsonElement data) || !data.TryGetProperty("attributes", out JsonElement attributes))
        {
            return TypedResults.BadRequest("A resource object with attributes is required.");
        }

        string? Text(string name) => attributes.TryGetProperty(name, out JsonElement value) ? value.GetString() : null;
        string number = Text("number") ?? "";
        CardValidationResult result = validator.Validate(new CardDetails(number, Text("verification_value"), Text("month"), Text("year")), caller.Mode);
        if (!result.IsValid)
        {
            return TypedResults.UnprocessableEntity(result.Errors[0].Message);
        }

        CreditCard card = new CardProtection(fingerprint).Describe(new CreditCard
        {
            Mode = caller.Mode,
            FirstName = Text("first_name") ?? "",
            LastName = Text("last_name") ?? "",
            Month = result.Expiry!.Value.MonthText,
            Year = result.Expiry.Value.YearText,
            CardType = result.Brand!.Name,
            StorageState = CardStorageState.Cached,
            Reference = Text("reference"),
            Metadata = attributes.TryGetProperty("metadata", out JsonElement metadata) ? System.Text.Json.Nodes.JsonObject.Create(metadata) : null,
        }, number);

        // As the service does: the ciphertext is bound to the card's id, so it is written after the insert, in the same transaction.
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            db.CreditCards.Add(card);
            await db.SaveChangesAsync(cancellationToken);
            CardProtection.Store(card, await protector.ProtectAsync(number, card.Id, card.Mode, cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        string location = $"{BaseUrl(context.Request)}/credit_cards/{card.Id.ToString(CultureInfo.InvariantCulture)}";
        context.Response.Headers.Location = location;
        await WriteSingleAsync(context, StatusCodes.Status201Created, card, location, cancellationToken);
        return TypedResults.Empty;
    }

    private static async Task<Results<EmptyHttpResult, NotFound>> UpdateAsync(long id, HttpContext context, CardsDbContext db, CallerContext caller, CancellationToken cancellationToken)
    {
        using JsonDocument body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: cancellationToken);
        string mode = caller.Mode;
        CreditCard? card = await db.CreditCards.FirstOrDefaultAsync(card => card.Mode == mode && card.Id == id, cancellationToken);
        if (card is null)
        {
            return TypedResults.NotFound();
        }

        JsonElement attributes = body.RootElement.GetProperty("data").GetProperty("attributes");
        if (attributes.TryGetProperty("first_name", out JsonElement firstName))
        {
            card.FirstName = firstName.GetString() ?? "";
        }

        if (attributes.TryGetProperty("reference", out JsonElement reference))
        {
            card.Reference = reference.GetString();
        }

        await db.SaveChangesAsync(cancellationToken);
        await WriteSingleAsync(context, StatusCodes.Status200OK, card, context.Request.GetEncodedUrl(), cancellationToken);
        return TypedResults.Empty;
    }

    private static void WriteIncludedOrdersAndCustomers(BaselineWrite document, List<CreditCard> page)
    {
        var orders = page.Where(card => card.Order is not null).Select(card => card.Order!).DistinctBy(order => order.Id).ToList();
        if (orders.Count == 0)
        {
            return;
        }

        var customersWritten = new HashSet<long>();
        document.Writer.WritePropertyName("included");
        document.Writer.WriteStartArray();
        foreach (var order in orders)
        {
            document.Body.WriteOrder(order, withCustomerLinkage: true);
            if (order.Customer is { } customer && customersWritten.Add(customer.Id))
            {
                document.Body.WriteCustomer(customer);
            }
        }

        document.Writer.WriteEndArray();
    }

    private static Task WriteSingleAsync(HttpContext context, int status, CreditCard card, string selfUrl, CancellationToken cancellationToken) =>
        WriteAsync(context, status, selfUrl, document =>
        {
            document.Writer.WritePropertyName("data");
            document.Body.WriteCard(card, CardFieldSelection.All, withOrderLinkage: false);
        }, cancellationToken);

    private static async Task WriteAsync(HttpContext context, int status, string? singleSelfUrl, Action<BaselineWrite> writeBody, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = MediaType;
        await using (var writer = new Utf8JsonWriter(context.Response.BodyWriter, BaselineDocument.Options))
        {
            var document = new BaselineWrite(writer, new BaselineDocument(writer, BaseUrl(context.Request)));
            writer.WriteStartObject();
            writeBody(document);
            if (singleSelfUrl is not null)
            {
                document.Body.WriteTopLevelEnd(singleSelfUrl);
            }

            writer.WriteEndObject();
        }

        await context.Response.BodyWriter.FlushAsync(cancellationToken);
    }

    private static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/api";

    private sealed record BaselineWrite(Utf8JsonWriter Writer, BaselineDocument Body);
}
