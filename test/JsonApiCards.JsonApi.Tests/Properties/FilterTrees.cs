using JsonApiCards.JsonApi.Queries.Expressions;

namespace JsonApiCards.JsonApi.Tests.Properties;

/// <summary>Whether two parsed filters are the same tree: the same nodes, fields and converted constant values.</summary>
internal static class FilterTrees
{
    public static bool Same(QueryExpression? left, QueryExpression? right) => (left, right) switch
    {
        (null, null) => true,
        (ComparisonExpression a, ComparisonExpression b) => a.Operator == b.Operator && Same(a.Left, b.Left) && Same(a.Right, b.Right),
        (MatchTextExpression a, MatchTextExpression b) => a.MatchKind == b.MatchKind && Same(a.Target, b.Target) && Same(a.TextValue, b.TextValue),
        (AnyExpression a, AnyExpression b) => Same(a.Target, b.Target) && a.Constants.Count == b.Constants.Count && a.Constants.Zip(b.Constants).All(pair => Same(pair.First, pair.Second)),
        (HasExpression a, HasExpression b) => Same(a.TargetCollection, b.TargetCollection) && Same(a.Filter, b.Filter),
        (IsTypeExpression a, IsTypeExpression b) => Same(a.TargetToOne, b.TargetToOne) && a.ResourceType == b.ResourceType,
        (NotExpression a, NotExpression b) => Same(a.Child, b.Child),
        (LogicalExpression a, LogicalExpression b) => a.Operator == b.Operator && a.Terms.Count == b.Terms.Count && a.Terms.Zip(b.Terms).All(pair => Same(pair.First, pair.Second)),
        (CountExpression a, CountExpression b) => Same(a.TargetCollection, b.TargetCollection),
        (ResourceFieldChainExpression a, ResourceFieldChainExpression b) => a.Attribute == b.Attribute && a.Relationships.SequenceEqual(b.Relationships),
        (LiteralConstantExpression a, LiteralConstantExpression b) => a.Value.GetType() == b.Value.GetType() && a.Value.Equals(b.Value) && a.Text == b.Text
            && (a.Value is not DateTime time || time.Kind == ((DateTime)b.Value).Kind),
        (NullConstantExpression, NullConstantExpression) => true,
        _ => false,
    };
}
