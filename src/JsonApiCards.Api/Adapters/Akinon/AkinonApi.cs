using JsonApiCards.Api.Security;

namespace JsonApiCards.Api.Adapters.Akinon;

/// <summary>
/// The wallets in the shape of Akinon Commerce's user payment and card management API (Django REST framework): session
/// sign-in with CSRF, saved cards (the customer's wallet entries) and stored cards (the cards in it). The adapter only
/// translates: every read and write goes through the customer payment sources' service and definition, as the signed-in customer.
/// </summary>
public static class AkinonApi
{
    public static IEndpointRouteBuilder MapAkinon(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        // Left out of the generated description: AkinonDescriptions writes these routes in the OpenAPI document with their
        // session and CSRF schemes and DRF's bodies, which the generator cannot see in handlers that read and answer them.
        endpoints.MapGet("/csrf_token/", AkinonSignInEndpoints.IssueCsrfToken).WithName("akinon_csrf_token").WithTags("akinon")
            .AllowAnonymous().RequireRateLimiting(AkinonRateLimitPolicy.Requests).ExcludeFromDescription();

        RouteGroupBuilder users = endpoints.MapGroup("/users").WithTags("akinon").RequireRateLimiting(AkinonRateLimitPolicy.Requests).ExcludeFromDescription();
        users.MapPost("/login/", AkinonSignInEndpoints.SignInAsync).WithName("akinon_login")
            .AllowAnonymous().AddEndpointFilter<CsrfProtection>().RequireRateLimiting(AkinonRateLimitPolicy.SignIn);
        users.MapPost("/logout/", AkinonSignInEndpoints.SignOutAsync).WithName("akinon_logout")
            .AllowAnonymous().AddEndpointFilter<CsrfProtection>();

        RouteGroupBuilder cards = users.MapGroup("").RequireAuthorization(AccessPolicies.AkinonSession);
        cards.MapGet("/saved-cards/", SavedCardEndpoints.ListAsync).WithName("akinon_list_saved_cards");
        cards.MapGet("/saved-cards/{id:long}/", SavedCardEndpoints.GetAsync).WithName("akinon_get_saved_card");
        cards.MapPatch("/saved-cards/{id:long}/", SavedCardEndpoints.UpdateAsync).WithName("akinon_update_saved_card").AddEndpointFilter<CsrfProtection>();
        cards.MapDelete("/saved-cards/{id:long}/", SavedCardEndpoints.DeleteAsync).WithName("akinon_delete_saved_card").AddEndpointFilter<CsrfProtection>();
        cards.MapGet("/stored-cards/", StoredCardEndpoints.ListAsync).WithName("akinon_list_stored_cards");
        cards.MapDelete("/stored-cards/{cardIdentifier:guid}/", StoredCardEndpoints.DeleteAsync).WithName("akinon_delete_stored_card").AddEndpointFilter<CsrfProtection>();
        return endpoints;
    }
}
