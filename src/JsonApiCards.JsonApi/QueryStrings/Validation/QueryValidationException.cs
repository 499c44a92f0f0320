namespace JsonApiCards.JsonApi.QueryStrings.Validation;

/// <summary>A well-formed name or constant that the resource graph refuses (unknown field, missing capability, bad value).</summary>
internal sealed class QueryValidationException(string detail) : Exception(detail);
