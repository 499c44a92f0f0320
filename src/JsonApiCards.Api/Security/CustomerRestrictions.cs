using JsonApiCards.JsonApi.Errors;

namespace JsonApiCards.Api.Security;

/// <summary>
/// The 403 for what a customer-scoped caller may not do at all, whatever the record (deleting itself, creating customers,
/// moving records between customers, changing a payment status ...). Asked only of records the customer can see: another
/// customer's is a 404 before any rule runs, so that a refusal never confirms that a record exists.
/// </summary>
internal static class CustomerRestrictions
{
    public static JsonApiException NotAllowed(string detail, string? pointer = null) => new(AccessErrors.NotAllowedForCustomer(detail, pointer));

    /// <summary>Refuses with <see cref="NotAllowed"/> when the caller is a customer.</summary>
    public static void RefuseCustomer(this CallerContext caller, string detail, string? pointer = null)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.IsCustomer)
        {
            throw NotAllowed(detail, pointer);
        }
    }
}
