namespace JsonApiCards.JsonApi.Errors;

/// <summary>A query string parameter that cannot be used: 400 with <c>source.parameter</c>.</summary>
/// <param name="parameterName">The offending parameter.</param>
/// <param name="detail">What is wrong with it.</param>
/// <param name="code">The error code: a limit with a code of its own, or <see cref="ErrorCodes.InvalidQueryParameter"/>.</param>
public sealed class InvalidQueryStringParameterException(string parameterName, string detail, string code)
    : JsonApiException(QueryStringErrors.InvalidParameter(parameterName, detail, code))
{
    /// <summary>A parameter that is unknown, malformed or not allowed: <see cref="ErrorCodes.InvalidQueryParameter"/>.</summary>
    public InvalidQueryStringParameterException(string parameterName, string detail)
        : this(parameterName, detail, ErrorCodes.InvalidQueryParameter)
    {
    }

    /// <summary>The offending parameter, e.g. <c>filter[q][card_type_eq]</c>.</summary>
    public string ParameterName { get; } = parameterName;
}
