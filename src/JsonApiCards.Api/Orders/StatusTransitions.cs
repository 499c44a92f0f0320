using System.Collections.Frozen;

namespace JsonApiCards.Api.Orders;

/// <summary>A table of the values a status may take and the moves allowed between them. Staying put is always allowed.</summary>
internal sealed class StatusTransitions
{
    private readonly FrozenDictionary<string, string[]> _next;

    public StatusTransitions(IReadOnlyDictionary<string, string[]> next)
    {
        _next = next.ToFrozenDictionary(StringComparer.Ordinal);
        Values = string.Join(", ", next.Keys);
    }

    /// <summary>Every value, comma-separated, for error details.</summary>
    public string Values { get; }

    public bool IsKnown(string value) => _next.ContainsKey(value);

    public bool IsAllowed(string from, string to) => from == to || (_next.TryGetValue(from, out var next) && next.Contains(to));

    /// <summary>Why the move is refused, naming what is allowed from <paramref name="from"/>; null when it is allowed.</summary>
    public string? Refusal(string attribute, string from, string to)
    {
        if (!IsKnown(to))
        {
            return $"'{to}' is not a {attribute}; expected one of {Values}.";
        }

        if (IsAllowed(from, to))
        {
            return null;
        }

        string[] next = _next.GetValueOrDefault(from) ?? [];
        string allowed = next.Length == 0 ? $"'{from}' is final" : "allowed from there: " + string.Join(", ", next);
        return $"The {attribute} cannot change from '{from}' to '{to}'; {allowed}.";
    }
}
