using JsonApiCards.JsonApi.QueryStrings;
using JsonApiCards.JsonApi.Tests.TestModel;

namespace JsonApiCards.JsonApi.Tests.QueryStrings.Parameters;

/// <summary>A definition's declarations are resolved against the graph once per resource type, not once per request.</summary>
public sealed class ResolvedDeclarationsTests
{
    private readonly ResolvedDeclarations _declarations = new();

    [Fact]
    public void A_simple_filter_is_resolved_once_and_its_target_reused()
    {
        // Arrange
        SimpleFilter filter = SimpleFilter.For<Card>("card_type", card => card.CardType, SimpleFilterKind.Equals);

        // Act
        var first = _declarations.TargetOf(filter, TestGraph.Cards);
        var second = _declarations.TargetOf(filter, TestGraph.Cards);

        // Assert
        first.ToString().Should().Be("card_type");
        second.Should().BeSameAs(first);
    }

    [Fact]
    public void A_default_sort_is_resolved_once_and_reused()
    {
        // Arrange
        SortKey[] keys = [SortKey.By<Card>(card => card.CreatedAt, descending: true)];

        // Act
        var first = _declarations.SortOf(keys, TestGraph.Cards);
        var second = _declarations.SortOf(keys, TestGraph.Cards);

        // Assert
        first!.ToString().Should().Be("-created_at");
        second.Should().BeSameAs(first);
    }

    [Fact]
    public void The_same_declaration_asked_for_another_resource_type_is_resolved_against_that_type()
    {
        // Arrange
        SortKey[] keys = [SortKey.By<Card>(card => card.CreatedAt)];
        _declarations.SortOf(keys, TestGraph.Cards);

        // Act
        Action resolve = () => _declarations.SortOf(keys, TestGraph.Customers);

        // Assert
        resolve.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void No_keys_are_no_default_sort()
    {
        _declarations.SortOf([], TestGraph.Cards).Should().BeNull();
        _declarations.SortOf(null, TestGraph.Cards).Should().BeNull();
    }
}
