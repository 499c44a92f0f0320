namespace JsonApiCards.Api.Adapters.Akinon;

/// <summary>
/// An error as Django REST framework writes it: <c>{"detail": "..."}</c> for a refusal of the whole request,
/// <c>{"field": ["..."]}</c> for invalid input.
/// </summary>
internal sealed class DrfError(int status, object body) : DrfErrorResult(status, body)
{
    /// <summary>A refusal of the whole request: <c>{"detail": "..."}</c>.</summary>
    public static DrfError Detail(int status, string detail) => new(status, DetailBody(detail));

    /// <summary>Invalid input, by field: <c>400 {"name": ["..."]}</c>.</summary>
    public static DrfError Fields(IReadOnlyDictionary<string, string[]> errors) => new(StatusCodes.Status400BadRequest, errors);

    /// <summary>Invalid input of one field.</summary>
    public static DrfError Field(string field, string message) => Fields(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>A 400 that is nobody's field, as the Akinon stored-cards endpoint writes it: a string, not a list.</summary>
    public static DrfError NonField(string message) => new(StatusCodes.Status400BadRequest, new Dictionary<string, string> { ["non_field_errors"] = message });
}
