using JsonApiCards.Api.CreditCards;

namespace JsonApiCards.Api.Tests.Properties;

/// <summary>
/// A filter on credit cards as a tree the test evaluates itself over the seeded rows, and prints in the JSON:API
/// <c>filter=</c> dialect: the oracle the SQL the service runs is checked against. A comparison or text match with a null
/// value is false, as a missing value neither equals nor orders against a constant; <c>not</c> is plain negation.
/// </summary>
public abstract record CardCondition
{
    public abstract bool Matches(CreditCard card);

    public abstract string ToJsonApi();

    public sealed record Compare(CardField Field, string Function, object Constant) : CardCondition
    {
        public override bool Matches(CreditCard card) => Field.Compare(card, Constant) is int order && Function switch
        {
            "equals" => order == 0,
            "lessThan" => order < 0,
            "lessOrEqual" => order <= 0,
            "greaterThan" => order > 0,
            "greaterOrEqual" => order >= 0,
            _ => throw new InvalidOperationException(Function),
        };

        public override string ToJsonApi() => $"{Function}({Field.Name},{Quote(CardField.Write(Constant))})";
    }

    public sealed record IsNull(CardField Field) : CardCondition
    {
        public override bool Matches(CreditCard card) => Field.Read(card) is null;

        public override string ToJsonApi() => $"equals({Field.Name},null)";
    }

    public sealed record MatchText(CardField Field, string Function, string Text) : CardCondition
    {
        public override bool Matches(CreditCard card) => Field.Read(card) is string value && Function switch
        {
            "contains" => value.Contains(Text, StringComparison.Ordinal),
            "startsWith" => value.StartsWith(Text, StringComparison.Ordinal),
            "endsWith" => value.EndsWith(Text, StringComparison.Ordinal),
            _ => throw new InvalidOperationException(Function),
        };

        public override string ToJsonApi() => $"{Function}({Field.Name},{Quote(Text)})";
    }

    public sealed record AnyOf(CardField Field, IReadOnlyList<object> Constants) : CardCondition
    {
        public override bool Matches(CreditCard card) => Constants.Any(constant => Field.Compare(card, constant) == 0);

        public override string ToJsonApi() => $"any({Field.Name},{string.Join(',', Constants.Select(constant => Quote(CardField.Write(constant))))})";
    }

    public sealed record Negation(CardCondition Child) : CardCondition
    {
        public override bool Matches(CreditCard card) => !Child.Matches(card);

        public override string ToJsonApi() => $"not({Child.ToJsonApi()})";
    }

    public sealed record Logical(bool IsAnd, IReadOnlyList<CardCondition> Terms) : CardCondition
    {
        public override bool Matches(CreditCard card) => IsAnd ? Terms.All(term => term.Matches(card)) : Terms.Any(term => term.Matches(card));

        public override string ToJsonApi() => $"{(IsAnd ? "and" : "or")}({string.Join(',', Terms.Select(term => term.ToJsonApi()))})";
    }

    private static string Quote(string constant) => "'" + constant.Replace("'", "''", StringComparison.Ordinal) + "'";
}
