using System.Text.Json;
using Microsoft.Extensions.Primitives;

namespace JsonApiCards.Api.Adapters.Ottu;

/// <summary>
/// The fields of a request as Django REST framework's parsers hand them to a serializer: from a JSON object, or from a form
/// (or query string), where a field given twice is a list and otherwise its last value counts.
/// </summary>
internal abstract class OttuFieldSource
{
    public abstract bool Has(string name);

    /// <summary>The field as a string (a JSON number counts, as DRF's CharField takes it), or null when it is of another kind.</summary>
    public abstract string? Text(string name);

    /// <summary>The field as a list of strings, or null when it is not a list (a JSON value of another kind).</summary>
    public abstract IReadOnlyList<string>? List(string name);

    /// <summary>DRF's name of the field's kind, for "Expected a list of items but got type ..." messages.</summary>
    public abstract string KindOf(string name);

    public abstract bool IsNull(string name);

    public static OttuFieldSource Of(IEnumerable<KeyValuePair<string, StringValues>> form) => new FormFields(form);

    public static OttuFieldSource Of(JsonElement json) => new JsonFields(json);

    private sealed class FormFields(IEnumerable<KeyValuePair<string, StringValues>> form) : OttuFieldSource
    {
        private readonly Dictionary<string, StringValues> _fields = form.ToDictionary(StringComparer.Ordinal);

        public override bool Has(string name) => _fields.ContainsKey(name);

        public override string? Text(string name) => _fields[name][^1];

        public override IReadOnlyList<string>? List(string name) => [.. _fields[name].Select(value => value ?? "")];

        public override string KindOf(string name) => "str";

        public override bool IsNull(string name) => false;
    }

    private sealed class JsonFields(JsonElement json) : OttuFieldSource
    {
        public override bool Has(string name) => json.TryGetProperty(name, out _);

        public override string? Text(string name) => TextOf(json.GetProperty(name));

        public override IReadOnlyList<string>? List(string name)
        {
            JsonElement value = json.GetProperty(name);
            if (value.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var items = new List<string>(value.GetArrayLength());
            foreach (JsonElement item in value.EnumerateArray())
            {
                if (TextOf(item) is not { } text)
                {
                    return null;
                }

                items.Add(text);
            }

            return items;
        }

        public override string KindOf(string name) => json.GetProperty(name).ValueKind switch
        {
            JsonValueKind.String => "str",
            JsonValueKind.Number => json.GetProperty(name).TryGetInt64(out _) ? "int" : "float",
            JsonValueKind.True or JsonValueKind.False => "bool",
            JsonValueKind.Object => "dict",
            _ => "list",
        };

        public override bool IsNull(string name) => json.GetProperty(name).ValueKind == JsonValueKind.Null;

        private static string? TextOf(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }
}
