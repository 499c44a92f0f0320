using JsonApiCards.JsonApi.Queries.Expressions;
using JsonApiCards.JsonApi.Tests.TestModel;
using static JsonApiCards.JsonApi.Tests.TestModel.TestExpressions;

namespace JsonApiCards.JsonApi.Tests.Queries.Expressions;

/// <summary>The expression types are public, for definitions that build filters: a tree that cannot mean anything is refused when built.</summary>
public sealed class ExpressionInvariantTests
{
    [Fact]
    public void A_field_chain_needs_a_field()
    {
        var create = () => new ResourceFieldChainExpression([], null);

        create.Should().Throw<ArgumentException>().WithParameterName("relationships").WithMessage("A field chain needs at least one field.*");
    }

    [Fact]
    public void Has_and_count_need_a_chain_that_ends_in_a_to_many_relationship()
    {
        foreach (ResourceFieldChainExpression target in new[] { Reference, ToOne })
        {
            FluentActions.Invoking(() => new HasExpression(target, null)).Should().Throw<ArgumentException>().WithParameterName("targetCollection")
                .WithMessage("The target of has() must end in a to-many relationship.*");
            FluentActions.Invoking(() => new CountExpression(target)).Should().Throw<ArgumentException>().WithParameterName("targetCollection")
                .WithMessage("The target of count() must end in a to-many relationship.*");
        }

        new HasExpression(ToMany, null).ToString().Should().Be("has(owner.orders)");
        new CountExpression(ToMany).ToString().Should().Be("count(owner.orders)");
    }

    [Fact]
    public void IsType_needs_no_chain_or_one_that_ends_in_a_to_one_relationship()
    {
        FluentActions.Invoking(() => new IsTypeExpression(ToMany, TestGraph.Orders)).Should().Throw<ArgumentException>().WithParameterName("targetToOne")
            .WithMessage("The target of isType() must end in a to-one relationship.*");
        FluentActions.Invoking(() => new IsTypeExpression(Reference, TestGraph.Orders)).Should().Throw<ArgumentException>().WithParameterName("targetToOne");

        new IsTypeExpression(null, TestGraph.Cards).ToString().Should().Be("isType(,cards)");
        new IsTypeExpression(ToOne, TestGraph.Customers).ToString().Should().Be("isType(owner,customers)");
    }

    [Fact]
    public void A_logical_expression_needs_two_terms_and_any_needs_a_constant()
    {
        var has = new HasExpression(ToMany, null);

        FluentActions.Invoking(() => new LogicalExpression(LogicalOperator.And, [has])).Should().Throw<ArgumentException>().WithParameterName("terms")
            .WithMessage("A logical expression needs at least two terms.*");
        FluentActions.Invoking(() => new AnyExpression(Reference, [])).Should().Throw<ArgumentException>().WithParameterName("constants")
            .WithMessage("At least one constant is required.*");
        new LogicalExpression(LogicalOperator.And, [has, has]).Terms.Should().HaveCount(2);
    }

    [Fact]
    public void Any_keeps_each_constant_once_in_the_order_first_given()
    {
        var any = new AnyExpression(Reference, [new("b", "b"), Text, new("b", "b")]);

        any.ToString().Should().Be("any(reference,'b','a')");
    }

    [Fact]
    public void A_sort_key_ends_in_an_attribute_or_is_a_count_and_a_sort_has_one_key_at_least()
    {
        FluentActions.Invoking(() => new SortElementExpression(ToOne, isAscending: true)).Should().Throw<ArgumentException>().WithParameterName("target")
            .WithMessage("A sort key must end in an attribute.*");
        FluentActions.Invoking(() => new SortElementExpression((CountExpression)null!, isAscending: true)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new SortExpression([])).Should().Throw<ArgumentOutOfRangeException>();

        new SortExpression([new SortElementExpression(new CountExpression(ToMany), isAscending: false), new SortElementExpression(Reference, isAscending: true)])
            .ToString().Should().Be("-count(owner.orders),reference");
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(1, 0)]
    public void A_page_has_a_number_and_a_size_of_one_at_least(int number, int size)
    {
        FluentActions.Invoking(() => new PaginationExpression(number, size)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void A_page_starts_after_the_pages_before_it_even_past_int_range()
    {
        new PaginationExpression(1, 10).Offset.Should().Be(0);
        new PaginationExpression(3, 10).Offset.Should().Be(20);
        new PaginationExpression(int.MaxValue, 100).Offset.Should().Be((int.MaxValue - 1L) * 100);
    }

    [Fact]
    public void An_unknown_operator_has_no_keyword()
    {
        FluentActions.Invoking(() => ComparisonExpression.KeywordOf((ComparisonOperator)99)).Should().Throw<InvalidOperationException>()
            .WithMessage("Unknown comparison operator '99'.");
        FluentActions.Invoking(() => MatchTextExpression.KeywordOf((TextMatchKind)99)).Should().Throw<InvalidOperationException>()
            .WithMessage("Unknown text match kind '99'.");
    }

    [Fact]
    public void An_include_prints_the_path_to_each_leaf()
    {
        var include = new IncludeExpression([
            new IncludeElementExpression(Owner, [new IncludeElementExpression(Orders, [])]),
            new IncludeElementExpression(TestGraph.Cards.FindRelationship("order")!, []),
        ]);

        include.ToString().Should().Be("owner.orders,order");
        FluentActions.Invoking(() => new IncludeElementExpression(Owner, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new IncludeExpression(null!)).Should().Throw<ArgumentNullException>();
    }
}
