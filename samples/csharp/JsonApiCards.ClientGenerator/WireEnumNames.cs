using NJsonSchema;
using NJsonSchema.CodeGeneration;

namespace JsonApiCards.ClientGenerator;

/// <summary>
/// Names enum members exactly as their values (<c>credit_cards</c>, <c>client_credentials</c>, <c>visa</c>) when every
/// value of the enum is a C# identifier. System.Text.Json's <c>JsonStringEnumConverter</c>, which NSwag puts on enum
/// properties, writes the member's name and ignores the <c>EnumMember</c> value beside it, so a member named
/// <c>Credit_cards</c> would send a resource type the service refuses. Enums of other values (the <c>include</c> paths,
/// with dots) only go into query strings, where NSwag writes the <c>EnumMember</c> value; they keep NSwag's names.
/// </summary>
internal sealed class WireEnumNames : IEnumNameGenerator
{
    private readonly DefaultEnumNameGenerator _default = new();

    public string Generate(int index, string? name, object? value, JsonSchema schema) =>
        schema.Enumeration.All(IsIdentifier) && value is string wireValue ? wireValue : _default.Generate(index, name, value, schema);

    private static bool IsIdentifier(object? value) =>
        value is string { Length: > 0 } text && char.IsAsciiLetter(text[0]) && text.All(character => char.IsAsciiLetterOrDigit(character) || character == '_');
}
