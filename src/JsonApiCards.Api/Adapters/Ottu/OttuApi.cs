using JsonApiCards.Api.PaymentSources;
using JsonApiCards.Api.RateLimits;
using JsonApiCards.Api.Security;
using JsonApiCards.JsonApi.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JsonApiCards.Api.Adapters.Ottu;

/// <summary>
/// Ottu's User Cards API over the wallets: <c>POST /b/pbl/v2/card/</c> lists a customer's saved cards and
/// <c>DELETE /b/pbl/v2/card/{token}/</c> removes one, for callers with an API key whose mode matches the request's
/// <c>type</c>. Only shapes are translated here; the wallet rules are the JSON:API routes' own (the same resource service).
/// </summary>
public static class OttuApi
{
    public const string BasePath = "/b/pbl/v2/card";

    public static IEndpointRouteBuilder MapOttu(this IEndpointRouteBuilder endpoints)
    {
        RouteGroupBuilder cards = endpoints.MapGroup(BasePath).WithTags("ottu")
            .RequireAuthorization(AccessPolicies.ApiKeyCaller)
            .RequireRateLimiting(RateLimitPolicies.Caller)

            // Left out of the generated description: OttuDescriptions writes both in the OpenAPI document with Ottu's trailing
            // slashes, the Api-Key scheme and the DRF error bodies, which the generator cannot see in these handlers.
            .ExcludeFromDescription();
        cards.MapPost("/", ListCardsAsync).WithName("ottu_list_cards");
        cards.MapDelete("/{token}/", DeleteCardAsync).WithName("ottu_delete_card");
        return endpoints;
    }

    private static async Task<Results<Ok<List<OttuCard>>, OttuError>> ListCardsAsync(HttpRequest request, [AsParameters] OttuServices services, CancellationToken cancellationToken)
    {
        var (body, error) = await OttuCardsRequest.ReadAsync(request, cancellationToken);
        if (body is null)
        {
            return error!;
        }

        if (OttuType.ModeOf(body.Type) != services.Caller.Mode)
        {
            return OttuError.WrongType(body.Type);
        }

        List<OttuCard> cards = await services.Wallet.ListAsync(body, cancellationToken);
        return TypedResults.Ok(cards);
    }

    private static async Task<Results<NoContent, OttuError>> DeleteCardAsync(string token, HttpRequest request, [AsParameters] OttuServices services, CancellationToken cancellationToken)
    {
        var (query, error) = OttuDeleteRequest.Read(request.Query);
        if (query is null)
        {
            return error!;
        }

        if (OttuType.ModeOf(query.Type) != services.Caller.Mode)
        {
            return OttuError.WrongType(query.Type);
        }

        if (await services.Wallet.FindAsync(token, query.CustomerId, cancellationToken) is not long id)
        {
            return OttuError.NotFound();
        }

        // The JSON:API route's delete: the same definition releases or redacts the card.
        await services.Sources.DeleteAsync(id, cancellationToken);
        return TypedResults.NoContent();
    }

    private readonly record struct OttuServices(CallerContext Caller, OttuWallet Wallet, JsonApiResourceService<CustomerPaymentSource> Sources);
}
