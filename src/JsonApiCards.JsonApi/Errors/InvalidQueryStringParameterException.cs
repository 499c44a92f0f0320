namespace JsonApiCards.JsonApi.Errors;

/// <summary>A query string parameter that cannot be used: 400 with <c>source.parameter</c>.</summary>
public sealed class InvalidQueryStringParameterException(string parameterName, string detail, string code = ErrorCodes.InvalidQueryParameter)
    : JsonApiException(QueryStringErrors.InvalidParameter(parameterName, detail, code))
{
    /// <summary>The offending parameter, e.g. <c>filter[q][card_type_eq]</c>.</summary>
    public string ParameterName { get; } = parameterName;
}
