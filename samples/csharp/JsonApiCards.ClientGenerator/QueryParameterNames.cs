using System.Globalization;
using NSwag;
using NSwag.CodeGeneration;

namespace JsonApiCards.ClientGenerator;

/// <summary>
/// C# names for the JSON:API query parameters: <c>fields[credit_cards]</c> becomes <c>fieldsCreditCards</c>,
/// <c>page[number]</c> <c>pageNumber</c>, <c>filter[card_type]</c> <c>filterCardType</c>, where NSwag's default would
/// only drop the brackets (<c>fieldscredit_cards</c>).
/// </summary>
internal sealed class QueryParameterNames : IParameterNameGenerator
{
    public string Generate(OpenApiParameter parameter, IEnumerable<OpenApiParameter> allParameters) => CamelCase(parameter.Name);

    /// <summary>The words of a name (split at brackets, dots and underscores) joined in camel case.</summary>
    public static string CamelCase(string name) => string.Concat(Words(name).Select((word, index) => index == 0 ? word : Capitalized(word)));

    /// <summary>The words of a name joined in Pascal case, for a type name.</summary>
    public static string PascalCase(string name) => string.Concat(Words(name).Select(Capitalized));

    private static string[] Words(string name) => name.Split(['[', ']', '.', '_', '-'], StringSplitOptions.RemoveEmptyEntries);

    private static string Capitalized(string word) => char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..];
}
