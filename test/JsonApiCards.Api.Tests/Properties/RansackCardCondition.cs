namespace JsonApiCards.Api.Tests.Properties;

/// <summary>
/// One <c>filter[q][field_or_field_predicate]=value</c> condition, and what README says it means as a
/// <see cref="CardCondition"/>: the alternatives combine with OR, each with the predicate's own meaning.
/// </summary>
public sealed record RansackCardCondition(IReadOnlyList<CardField> Fields, string Predicate, string Value, IReadOnlyList<object> Constants)
{
    public string Key => $"filter[q][{string.Join("_or_", Fields.Select(attribute => attribute.Name))}_{Predicate}]";

    public CardCondition Meaning => Fields.Count == 1 ? MeaningFor(Fields[0]) : new CardCondition.Logical(IsAnd: false, [.. Fields.Select(MeaningFor)]);

    private CardCondition MeaningFor(CardField field)
    {
        bool flag = Value is "true" or "1";
        CardCondition blank = field.Kind == CardFieldKind.Text
            ? new CardCondition.Logical(IsAnd: false, [new CardCondition.IsNull(field), new CardCondition.Compare(field, "equals", "")])
            : new CardCondition.IsNull(field);

        return Predicate switch
        {
            "eq" => new CardCondition.Compare(field, "equals", Constants[0]),
            "not_eq" => new CardCondition.Negation(new CardCondition.Compare(field, "equals", Constants[0])),
            "lt" => new CardCondition.Compare(field, "lessThan", Constants[0]),
            "lteq" => new CardCondition.Compare(field, "lessOrEqual", Constants[0]),
            "gt" => new CardCondition.Compare(field, "greaterThan", Constants[0]),
            "gteq" => new CardCondition.Compare(field, "greaterOrEqual", Constants[0]),
            "in" => new CardCondition.AnyOf(field, Constants),
            "not_in" => new CardCondition.Negation(new CardCondition.AnyOf(field, Constants)),
            "start" => new CardCondition.MatchText(field, "startsWith", Value),
            "not_start" => new CardCondition.Negation(new CardCondition.MatchText(field, "startsWith", Value)),
            "end" => new CardCondition.MatchText(field, "endsWith", Value),
            "not_end" => new CardCondition.Negation(new CardCondition.MatchText(field, "endsWith", Value)),
            "cont" => new CardCondition.MatchText(field, "contains", Value),
            "not_cont" => new CardCondition.Negation(new CardCondition.MatchText(field, "contains", Value)),
            "null" => flag ? new CardCondition.IsNull(field) : new CardCondition.Negation(new CardCondition.IsNull(field)),
            "not_null" => flag ? new CardCondition.Negation(new CardCondition.IsNull(field)) : new CardCondition.IsNull(field),
            "blank" => flag ? blank : new CardCondition.Negation(blank),
            "present" => flag ? new CardCondition.Negation(blank) : blank,
            "eq_or_null" => new CardCondition.Logical(IsAnd: false, [new CardCondition.Compare(field, "equals", Constants[0]), new CardCondition.IsNull(field)]),
            _ => throw new InvalidOperationException(Predicate),
        };
    }
}
