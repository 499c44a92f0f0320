namespace JsonApiCards.Api.Adapters.Ottu;

/// <summary>
/// Reads the fields of a request as a DRF serializer validates them, with its messages, collecting one list of messages
/// per field in the order the fields are read.
/// </summary>
internal sealed class OttuFieldErrors(OttuFieldSource source)
{
    private const string Required = "This field is required.";
    private const string NotNull = "This field may not be null.";
    private const string NotBlank = "This field may not be blank.";
    private const string NotAString = "Not a valid string.";

    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public OttuError ToError() => OttuError.Invalid(_errors);

    /// <summary>A required string, one of <paramref name="choices"/>.</summary>
    public string? RequiredChoice(string name, IReadOnlyCollection<string> choices)
    {
        string? value = RequiredText(name);
        if (value is not null && !choices.Contains(value))
        {
            _errors[name] = [$"\"{value}\" is not a valid choice."];
            return null;
        }

        return value;
    }

    public string? RequiredText(string name)
    {
        if (!source.Has(name))
        {
            _errors[name] = [Required];
            return null;
        }

        return OptionalText(name);
    }

    /// <summary>A string that may be left out, but not sent blank.</summary>
    public string? OptionalText(string name)
    {
        if (!source.Has(name))
        {
            return null;
        }

        string? value = source.IsNull(name) ? null : source.Text(name);
        string? problem = source.IsNull(name) ? NotNull : value is null ? NotAString : value.Trim().Length == 0 ? NotBlank : null;
        if (problem is not null)
        {
            _errors[name] = [problem];
            return null;
        }

        return value!.Trim();
    }

    /// <summary>A list of strings that may be left out (an empty list).</summary>
    public IReadOnlyList<string> OptionalList(string name)
    {
        if (!source.Has(name))
        {
            return [];
        }

        if (source.IsNull(name))
        {
            _errors[name] = [NotNull];
            return [];
        }

        if (source.List(name) is not { } values)
        {
            _errors[name] = [$"Expected a list of items but got type \"{source.KindOf(name)}\"."];
            return [];
        }

        return values;
    }
}
