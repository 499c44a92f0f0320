using System.Net;

namespace JsonApiCards.JsonApi.Errors;

/// <summary>A query string parameter that cannot be used: 400 with <c>source.parameter</c>.</summary>
public sealed class InvalidQueryStringParameterException(string parameterName, string detail)
    : JsonApiException(new ErrorObject(HttpStatusCode.BadRequest, "INVALID_QUERY_PARAMETER", "Invalid query string parameter.", detail) { Parameter = parameterName })
{
    /// <summary>The offending parameter, e.g. <c>filter[q][card_type_eq]</c>.</summary>
    public string ParameterName { get; } = parameterName;
}
