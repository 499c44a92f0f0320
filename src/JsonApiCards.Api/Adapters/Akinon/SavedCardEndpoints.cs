using System.Text.Json;
using JsonApiCards.Api.PaymentSources;
using JsonApiCards.JsonApi;
using JsonApiCards.JsonApi.Documents;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Services;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JsonApiCards.Api.Adapters.Akinon;

/// <summary>
/// <c>/users/saved-cards/</c>: the signed-in customer's wallet entries, newest first. Reads go through the wallet service's
/// scope (the customer's own entries), the change of a name and the delete through its definition, as on <c>/api</c>.
/// </summary>
internal static class SavedCardEndpoints
{
    public static async Task<Results<Ok<SavedCardPage>, DrfError>> ListAsync(HttpRequest request, [AsParameters] SavedCardServices services, CancellationToken cancellationToken)
    {
        IQueryable<CustomerPaymentSource> wallet = services.Wallet.ScopedQuery;
        long count = await wallet.LongCountAsync(cancellationToken);
        if (DrfPagination.Of(request.Query, count) is not { } page)
        {
            return DrfError.Detail(StatusCodes.Status404NotFound, services.Messages.InvalidPage);
        }

        List<SavedCard.Row> rows = await wallet
            .OrderByDescending(source => source.CreatedAt).ThenByDescending(source => source.Id)
            .Skip(page.Offset).Take(page.Size)
            .Select(SavedCard.Columns)
            .ToListAsync(cancellationToken);
        string origin = PublicOrigin.Of(request, services.JsonApi.Value.PublicBaseUrl);
        return TypedResults.Ok(new SavedCardPage(count, page.Next(request, origin), page.Previous(request, origin), [.. rows.Select(SavedCard.From)]));
    }

    public static async Task<Results<Ok<SavedCard>, DrfError>> GetAsync(long id, [AsParameters] SavedCardServices services, CancellationToken cancellationToken) =>
        await ReadAsync(services, id, cancellationToken) is { } card
            ? TypedResults.Ok(card)
            : DrfError.Detail(StatusCodes.Status404NotFound, services.Messages.NotFound);

    public static async Task<Results<Ok<SavedCard>, DrfError>> UpdateAsync(long id, HttpRequest request, [AsParameters] SavedCardServices services, CancellationToken cancellationToken)
    {
        var (body, error) = await AkinonRequestBody.ReadObjectAsync(request, services.Messages, cancellationToken);
        if (body is null)
        {
            return error!;
        }

        var attributes = new Dictionary<AttrField, object?>();
        using (body)
        {
            // Only the name may change; DRF ignores the other fields a client sends.
            var errors = new Dictionary<string, string[]>();
            if (body.RootElement.TryGetProperty("name", out _))
            {
                string? name = AkinonRequestBody.ReadString(body.RootElement, "name", required: false, services.Messages, errors);
                if (errors.Count > 0)
                {
                    return DrfError.Fields(errors);
                }

                attributes.Add(NameOf(services.Wallet), name);
            }
        }

        try
        {
            await services.Wallet.UpdateAsync(id, new ResourceRequest(services.Wallet.ResourceType, id, attributes, new Dictionary<RelationshipField, RelationshipRequest>()), cancellationToken);
        }
        catch (JsonApiException exception)
        {
            return ServiceRefusals.Translate(exception, services.Messages);
        }

        return await ReadAsync(services, id, cancellationToken) is { } card
            ? TypedResults.Ok(card)
            : DrfError.Detail(StatusCodes.Status404NotFound, services.Messages.NotFound);
    }

    public static async Task<Results<NoContent, DrfError>> DeleteAsync(long id, [AsParameters] SavedCardServices services, CancellationToken cancellationToken)
    {
        try
        {
            await services.Wallet.DeleteAsync(id, cancellationToken);
        }
        catch (JsonApiException exception)
        {
            return ServiceRefusals.Translate(exception, services.Messages);
        }

        return TypedResults.NoContent();
    }

    private static async Task<SavedCard?> ReadAsync(SavedCardServices services, long id, CancellationToken cancellationToken) =>
        await services.Wallet.ScopedQuery.Where(source => source.Id == id).Select(SavedCard.Columns).FirstOrDefaultAsync(cancellationToken) is { } row
            ? SavedCard.From(row)
            : null;

    private static AttrField NameOf(JsonApiResourceService<CustomerPaymentSource> wallet) =>
        wallet.ResourceType.FindAttribute("name") ?? throw new InvalidOperationException("customer_payment_sources has no 'name' attribute.");

    internal sealed record SavedCardServices(JsonApiResourceService<CustomerPaymentSource> Wallet, AkinonMessages Messages, IOptions<JsonApiOptions> JsonApi);
}
