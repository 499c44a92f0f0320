using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using JsonApiCards.JsonApi.Queries.Expressions;
using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Queries.Keyset;

/// <summary>
/// A sort as keyset pagination reads it: the request's keys, then the id as tiebreaker, so every resource has one place.
/// It builds the predicate "comes after this position" as a LINQ expression, once per shape (direction of travel and which
/// values are null), with the position's values read from a <see cref="KeysetPosition"/> so they reach SQL as parameters.
/// </summary>
/// <remarks>
/// <para>For keys k1..kn and a position v1..vn the predicate is <c>k1 &gt; v1 OR (k1 = v1 AND (k2 &gt; v2 OR (k2 = v2 AND ...)))</c>,
/// with &lt; for a descending key. The first key is also bounded on its own (<c>k1 &gt;= v1</c>) so an index on it can be
/// scanned from the position on, rather than every row tested.</para>
/// <para>NULL is placed where the order puts it (the layer's order puts it first in ascending order, as LINQ does): every
/// value comes after a null that sorts first, and nothing but nulls after a null that sorts last.</para>
/// <para>Only keys that are attributes of the resource itself, of a type both databases compare in SQL (text, numbers,
/// booleans, timestamps), can be paged by cursor; any other sort is refused (<see cref="CursorPaginationProfile.UnsupportedSort"/>).</para>
/// </remarks>
internal sealed class KeysetOrder
{
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
    private static readonly FieldInfo ValuesField = typeof(KeysetPosition).GetField(nameof(KeysetPosition.Values))!;
    private static readonly NullabilityInfoContext Nullability = new();
    private static readonly HashSet<Type> ComparableTypes = [typeof(string), typeof(bool), typeof(short), typeof(int), typeof(long), typeof(DateTime)];
    private static readonly ConcurrentDictionary<(ResourceType, string), KeysetOrder?> Orders = new();

    private readonly ConcurrentDictionary<(bool Backward, bool NullsFirstAscending, int NullMask), LambdaExpression> _predicates = new();

    private KeysetOrder(ResourceType resourceType, IReadOnlyList<KeysetKey> keys, SortExpression sort)
    {
        ResourceType = resourceType;
        Keys = keys;
        Sort = sort;
        Reversed = new SortExpression([.. sort.Elements.Select(element => new SortElementExpression((ResourceFieldChainExpression)element.Target, !element.IsAscending))]);
        Signature = sort.ToString();
    }

    /// <summary>The paged type.</summary>
    public ResourceType ResourceType { get; }

    /// <summary>The keys, the id last.</summary>
    public IReadOnlyList<KeysetKey> Keys { get; }

    /// <summary>The complete order, the id last.</summary>
    public SortExpression Sort { get; }

    /// <summary>The complete order reversed: a page before a cursor is read in it, then turned around.</summary>
    public SortExpression Reversed { get; }

    /// <summary>The complete order as a sort parameter, which a cursor is bound to.</summary>
    public string Signature { get; }

    /// <summary>The keyset order of a request's sort, made once per sort; null when the sort cannot be paged by cursor.</summary>
    public static KeysetOrder? Of(SortExpression sort, ResourceType resourceType)
    {
        ArgumentNullException.ThrowIfNull(sort);
        ArgumentNullException.ThrowIfNull(resourceType);
        return Orders.GetOrAdd((resourceType, sort.ToString()), static (key, sort) => Create(sort, key.Item1), sort);
    }

    private static KeysetOrder? Create(SortExpression sort, ResourceType resourceType)
    {
        List<SortElementExpression> elements = [];
        foreach (SortElementExpression element in sort.Elements)
        {
            if (element.Target is not ResourceFieldChainExpression { Relationships.Count: 0, Attribute: { } attribute } || !IsComparable(attribute))
            {
                return null;
            }

            elements.Add(element);
            if (attribute == resourceType.Id)
            {
                // Ids are unique: keys after the id change nothing.
                break;
            }
        }

        if (elements[^1] is not { Target: ResourceFieldChainExpression { Attribute: var last } } || last != resourceType.Id)
        {
            elements.Add(new SortElementExpression(new ResourceFieldChainExpression(resourceType.Id), isAscending: true));
        }

        var keys = elements.ConvertAll(element =>
        {
            AttrField attribute = ((ResourceFieldChainExpression)element.Target).Attribute!;
            return new KeysetKey(attribute, element.IsAscending, IsNullable(attribute.Property), AccessorCompiler.CompileGetter(attribute.Property));
        });
        return new KeysetOrder(resourceType, keys, new SortExpression(elements));
    }

    private static bool IsComparable(AttrField attribute) =>
        attribute.DependsOn is null && ComparableTypes.Contains(Nullable.GetUnderlyingType(attribute.Property.PropertyType) ?? attribute.Property.PropertyType);

    private static bool IsNullable(PropertyInfo property) =>
        property.PropertyType.IsValueType
            ? Nullable.GetUnderlyingType(property.PropertyType) is not null
            : Nullability.Create(property).ReadState != NullabilityState.NotNull;

    /// <summary>The position of a resource read with every key (the id last).</summary>
    public KeysetPosition PositionOf(object resource)
    {
        var values = new object?[Keys.Count];
        for (int index = 0; index < values.Length; index++)
        {
            values[index] = Keys[index].Read(resource);
        }

        return new KeysetPosition(values);
    }

    /// <summary>
    /// <c>resource =&gt; resource comes after position</c> in this order, or in the reversed order when
    /// <paramref name="backward"/> (the resources before the position).
    /// </summary>
    /// <param name="position">The position, one value per key.</param>
    /// <param name="backward">Whether to read before the position instead of after it.</param>
    /// <param name="nullsFirstAscending">Whether the database sorts NULL before any value in ascending order.</param>
    public Expression<Func<TResource, bool>> Beyond<TResource>(KeysetPosition position, bool backward, bool nullsFirstAscending)
    {
        ArgumentNullException.ThrowIfNull(position);
        LambdaExpression template = _predicates.GetOrAdd((backward, nullsFirstAscending, position.NullMask), shape => BuildTemplate(typeof(TResource), shape.Backward, shape.NullsFirstAscending, shape.NullMask));
        var body = new PositionBinder(template.Parameters[1], Expression.Constant(position)).Visit(template.Body);
        return Expression.Lambda<Func<TResource, bool>>(body, template.Parameters[0]);
    }

    private LambdaExpression BuildTemplate(Type elementType, bool backward, bool nullsFirstAscending, int nullMask)
    {
        ParameterExpression resource = Expression.Parameter(elementType, "resource");
        ParameterExpression position = Expression.Parameter(typeof(KeysetPosition), "position");

        Expression? predicate = null;
        for (int index = Keys.Count - 1; index >= 0; index--)
        {
            var key = new KeyTerms(Keys[index], resource, position, index, (nullMask & (1 << index)) != 0, backward, nullsFirstAscending);
            predicate = predicate is null ? key.Beyond() : Or(key.Beyond(), And(key.Equal(), predicate));
        }

        var first = new KeyTerms(Keys[0], resource, position, 0, (nullMask & 1) != 0, backward, nullsFirstAscending);
        if (Keys.Count > 1 && first.Bound() is { } bound)
        {
            predicate = And(bound, predicate!);
        }

        return Expression.Lambda(predicate!, resource, position);
    }

    private static Expression Or(Expression left, Expression right) =>
        left is ConstantExpression { Value: false } ? right : Expression.OrElse(left, right);

    private static BinaryExpression And(Expression left, Expression right) => Expression.AndAlso(left, right);

    /// <summary>The comparisons of one key with its value in the position, in the direction read.</summary>
    private readonly struct KeyTerms(KeysetKey key, ParameterExpression resource, ParameterExpression position, int index, bool valueIsNull, bool backward, bool nullsFirstAscending)
    {
        private bool IsAscending => key.IsAscending != backward;

        private bool NullsFirst => nullsFirstAscending == IsAscending;

        private Expression Column => Expression.Property(resource, key.Attribute.Property);

        private Expression Value => Expression.Convert(
            Expression.ArrayIndex(Expression.Field(position, ValuesField), Expression.Constant(index)), key.Attribute.Property.PropertyType);

        private Expression IsNull => Expression.Equal(Column, Expression.Constant(null, key.Attribute.Property.PropertyType));

        private Expression IsNotNull => Expression.NotEqual(Column, Expression.Constant(null, key.Attribute.Property.PropertyType));

        /// <summary>The key's value places the resource strictly after the position's.</summary>
        public Expression Beyond()
        {
            if (valueIsNull)
            {
                return NullsFirst ? IsNotNull : Expression.Constant(false);
            }

            Expression beyond = Compare(strict: true);
            return key.IsNullable && !NullsFirst ? Expression.OrElse(beyond, IsNull) : beyond;
        }

        /// <summary>The key's value equals the position's.</summary>
        public Expression Equal() => valueIsNull ? IsNull : Expression.Equal(Column, Value);

        /// <summary>A bound on this key alone that every resource beyond the position meets, when one can be written.</summary>
        public BinaryExpression? Bound()
        {
            if (valueIsNull || key.ValueType == typeof(bool) || (key.IsNullable && !NullsFirst))
            {
                return null;
            }

            return Compare(strict: false);
        }

        private BinaryExpression Compare(bool strict)
        {
            if (key.ValueType == typeof(bool))
            {
                // false < true; a bool has no comparison operator in LINQ: strictly beyond true (ascending) is nothing, beyond false is true.
                Expression bound = Expression.Convert(Value, typeof(bool));
                Expression column = Expression.Convert(Column, typeof(bool));
                return IsAscending
                    ? Expression.AndAlso(Expression.Not(bound), Expression.Equal(column, Expression.Constant(true)))
                    : Expression.AndAlso(bound, Expression.Equal(column, Expression.Constant(false)));
            }

            Expression left = Column;
            Expression right = Value;
            if (key.ValueType == typeof(string))
            {
                left = Expression.Call(StringCompare, left, right);
                right = Expression.Constant(0);
            }

            return (IsAscending, strict) switch
            {
                (true, true) => Expression.GreaterThan(left, right),
                (true, false) => Expression.GreaterThanOrEqual(left, right),
                (false, true) => Expression.LessThan(left, right),
                (false, false) => Expression.LessThanOrEqual(left, right),
            };
        }
    }

    /// <summary>Puts one request's position where the template reads it.</summary>
    private sealed class PositionBinder(ParameterExpression parameter, Expression position) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? position : node;
    }
}
