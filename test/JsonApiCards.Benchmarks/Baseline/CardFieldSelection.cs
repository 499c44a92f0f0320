namespace JsonApiCards.Benchmarks.Baseline;

/// <summary>The <c>fields[credit_cards]</c> of a baseline request: every field when absent.</summary>
internal sealed class CardFieldSelection(HashSet<string>? names)
{
    public static readonly CardFieldSelection All = new(null);

    public bool IsAll => names is null;

    public bool Contains(string name) => names is null || names.Contains(name);

    public static CardFieldSelection Parse(string? value) =>
        string.IsNullOrEmpty(value) ? All : new CardFieldSelection([.. value.Split(',')]);
}
