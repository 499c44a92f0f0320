using System.Globalization;
using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.OpenApi;

/// <summary>
/// The names the document gives schemas and operations, which client generators turn into type and method names: a
/// resource type is named after its entity (<c>credit_cards</c> is <c>CreditCard</c>), so no English plural rule is guessed.
/// </summary>
internal static class OpenApiNames
{
    /// <summary>The name of a resource type in schema and operation names: its entity's name.</summary>
    public static string Of(ResourceType resourceType) => resourceType.ClrType.Name;

    /// <summary>A snake_case public name in PascalCase: <c>customer_payment_sources</c> is <c>CustomerPaymentSources</c>.</summary>
    public static string Pascal(string snakeCase) =>
        string.Concat(snakeCase.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(word => char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..]));

    /// <summary>
    /// The operation id of a route of <paramref name="resourceType"/>: the HTTP method, then the resource, then what the
    /// route reaches (<c>getCreditCardCollection</c>, <c>getCreditCardOrder</c>, <c>patchCreditCardOrderRelationship</c>).
    /// </summary>
    public static string OperationId(string method, ResourceType resourceType, string? relationship, string? suffix) =>
        method.ToLowerInvariant() + Of(resourceType) + (relationship is null ? "" : Pascal(relationship)) + suffix;
}
