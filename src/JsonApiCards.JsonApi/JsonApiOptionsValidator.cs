using Microsoft.Extensions.Options;

namespace JsonApiCards.JsonApi;

/// <summary>Refuses, at start-up, settings the layer cannot serve safely.</summary>
internal sealed class JsonApiOptionsValidator : IValidateOptions<JsonApiOptions>
{
    public ValidateOptionsResult Validate(string? name, JsonApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        if (options.PublicBaseUrl is { } publicBaseUrl && !IsPublicBaseUrl(publicBaseUrl))
        {
            return ValidateOptionsResult.Fail(
                $"JsonApi:PublicBaseUrl '{publicBaseUrl}' is not an absolute http or https URL without query or fragment, such as https://cards.example.com/vault.");
        }

        if (options.MaxToManyLinkage < 1 || options.MaxToManyFilterDepth < 1 || options.MaxFilterSubqueries < 1 || options.MaxErrorsPerDocument < 1 || options.MaxAtomicOperations < 1)
        {
            return ValidateOptionsResult.Fail("JsonApi:MaxToManyLinkage, JsonApi:MaxToManyFilterDepth, JsonApi:MaxFilterSubqueries, JsonApi:MaxErrorsPerDocument and JsonApi:MaxAtomicOperations must be at least 1.");
        }

        if (options.MaxPageOffset < options.MaxPageSize)
        {
            return ValidateOptionsResult.Fail($"JsonApi:MaxPageOffset ({options.MaxPageOffset}) is less than JsonApi:MaxPageSize ({options.MaxPageSize}): not even the first page of the largest size could be read.");
        }

        return ValidateOptionsResult.Success;
    }

    private static bool IsPublicBaseUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out Uri? uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Length > 0
        && string.IsNullOrEmpty(uri.UserInfo)
        && uri.Query.Length == 0
        && uri.Fragment.Length == 0
        && !value.Contains('?', StringComparison.Ordinal)
        && !value.Contains('#', StringComparison.Ordinal);
}
