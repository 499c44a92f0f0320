using System.Linq.Expressions;
using JsonApiCards.JsonApi.Queries.QueryableBuilding;
using JsonApiCards.JsonApi.Tests.TestModel;

namespace JsonApiCards.JsonApi.Tests.Queries.QueryableBuilding;

/// <summary>One projection per resource type and fieldset is shared by every request, until the cache is full.</summary>
public sealed class ProjectionCacheTests
{
    private readonly ProjectionCache _cache = new();

    [Fact]
    public void The_first_request_of_a_fieldset_builds_the_shared_projection_and_later_ones_reuse_it()
    {
        // Arrange
        int builds = 0;
        LambdaExpression Build()
        {
            builds++;
            return (Expression<Func<Card, Card>>)(card => card);
        }

        // Act
        bool firstShared = _cache.TryGetShared(TestGraph.Cards, "reference", Build, out LambdaExpression first);
        bool secondShared = _cache.TryGetShared(TestGraph.Cards, "reference", Build, out LambdaExpression second);
        bool otherShared = _cache.TryGetShared(TestGraph.Cards, "month", Build, out LambdaExpression other);

        // Assert
        (firstShared, secondShared, otherShared, builds).Should().Be((true, true, true, 2));
        second.Should().BeSameAs(first);
        other.Should().NotBeSameAs(first);
    }

    [Fact]
    public void Once_the_cache_is_full_a_new_fieldset_is_built_for_its_request_alone()
    {
        // Arrange
        for (int index = 0; index < ProjectionCache.Capacity; index++)
        {
            _cache.TryGetShared(TestGraph.Cards, $"field_{index}", () => (Expression<Func<Card, Card>>)(card => card), out _);
        }

        // Act
        bool shared = _cache.TryGetShared(TestGraph.Cards, "one_more", () => (Expression<Func<Card, Card>>)(card => card), out LambdaExpression projection);
        bool known = _cache.TryGetShared(TestGraph.Cards, "field_0", () => throw new InvalidOperationException("built again"), out _);

        // Assert
        (shared, known).Should().Be((false, true));
        projection.Should().NotBeNull();
    }
}
