using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.Queries.Keyset;
using JsonApiCards.JsonApi.Queries.QueryableBuilding;
using JsonApiCards.JsonApi.Tests.TestModel;
using static JsonApiCards.JsonApi.Tests.QueryStrings.QueryStringTestKit;

namespace JsonApiCards.JsonApi.Tests.QueryStrings.Keyset;

public sealed class KeysetOrderTests
{
    // Ties on every key, nulls in the nullable ones, ids out of step with every key.
    private static readonly List<Card> Cards = [.. Enumerable.Range(1, 40).Select(index => new Card
    {
        Id = (index * 17) % 41,
        Reference = $"R{index % 4}",
        HolderName = index % 5 == 0 ? null : $"H{index % 3}",
        Month = index % 6,
        ExpiryYear = index % 7 == 0 ? null : 2030 + (index % 2),
        IsDefault = index % 3 == 0,
        CreatedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(index % 5),
    })];

    [Theory]
    [InlineData("reference")]
    [InlineData("-reference")]
    [InlineData("holder_name")]
    [InlineData("-holder_name,month")]
    [InlineData("expiry_year,-created_at")]
    [InlineData("-expiry_year,holder_name")]
    [InlineData("is_default,-month")]
    [InlineData("-is_default,reference")]
    [InlineData("-id")]
    public void Pages_beyond_each_position_walk_the_whole_order_forward_and_backward(string sort)
    {
        // Arrange
        QueryLayer layer = Read($"sort={sort}");
        KeysetOrder order = KeysetOrder.Of(layer.Sort, layer.ResourceType)!;
        List<Card> expected = [.. Cards.AsQueryable().ApplySort(layer.Sort, layer.ResourceType)];

        // Act
        List<Card> forward = Walk(order, backward: false);
        List<Card> backward = Walk(order, backward: true);

        // Assert
        forward.Select(card => card.Id).Should().Equal(expected.Select(card => card.Id));
        backward.Select(card => card.Id).Should().Equal(expected.Select(card => card.Id));
    }

    [Fact]
    public void The_predicate_bounds_the_first_key_then_breaks_ties_by_the_next_keys_and_the_id()
    {
        // Arrange
        QueryLayer layer = Read("sort=-month,reference");
        KeysetOrder order = KeysetOrder.Of(layer.Sort, layer.ResourceType)!;

        // Act
        string predicate = order.Beyond<Card>(order.PositionOf(Cards[0]), backward: false, nullsFirstAscending: true).ToString();

        // Assert
        order.Signature.Should().Be("-month,reference,id");
        predicate.Should().Be(
            "resource => ((resource.Month <= Convert(position.Values[0], Int32)) AndAlso ((resource.Month < Convert(position.Values[0], Int32)) OrElse ((resource.Month == Convert(position.Values[0], Int32)) AndAlso ((Compare(resource.Reference, Convert(position.Values[1], String)) > 0) OrElse ((resource.Reference == Convert(position.Values[1], String)) AndAlso (resource.Id > Convert(position.Values[2], Int64)))))))"
                .Replace("position", "value(JsonApiCards.JsonApi.Queries.Keyset.KeysetPosition)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("reference", "reference,id")]
    [InlineData("-id,reference", "-id")]
    [InlineData("month,id,-reference", "month,id")]
    public void The_order_ends_at_the_id_which_is_added_when_the_sort_lacks_it(string sort, string signature)
    {
        // Arrange
        QueryLayer layer = Read($"sort={sort}");

        // Act
        KeysetOrder order = KeysetOrder.Of(layer.Sort, layer.ResourceType)!;

        // Assert
        order.Signature.Should().Be(signature);
        order.Keys.Should().HaveCount(signature.Split(',').Length);
        order.Keys[^1].Attribute.Should().BeSameAs(layer.ResourceType.Id);
    }

    [Fact]
    public void One_shape_is_built_once_and_each_position_only_bound_into_it()
    {
        // Arrange
        QueryLayer layer = Read("sort=reference");
        KeysetOrder order = KeysetOrder.Of(layer.Sort, layer.ResourceType)!;

        // Act
        var first = order.Beyond<Card>(order.PositionOf(Cards[0]), backward: false, nullsFirstAscending: true);
        var second = order.Beyond<Card>(order.PositionOf(Cards[1]), backward: false, nullsFirstAscending: true);

        // Assert
        KeysetOrder.Of(Read("sort=reference").Sort, layer.ResourceType).Should().BeSameAs(order);
        first.ToString().Should().Be(second.ToString(), "the values are read from the position, never written into the tree");
    }

    [Theory]
    [InlineData("owner.first_name")]
    [InlineData("balance")]
    public void A_sort_through_a_relationship_or_of_a_type_not_compared_alike_in_SQL_cannot_be_paged_by_cursor(string sort)
    {
        // Arrange
        QueryLayer layer = Read($"sort={sort}");

        // Act
        KeysetOrder? order = KeysetOrder.Of(layer.Sort, layer.ResourceType);

        // Assert
        order.Should().BeNull();
    }

    private static List<Card> Walk(KeysetOrder order, bool backward)
    {
        const int pageSize = 3;
        List<Card> seen = [];
        KeysetPosition? position = null;
        while (true)
        {
            IQueryable<Card> query = Cards.AsQueryable();
            if (position is not null)
            {
                query = query.Where(order.Beyond<Card>(position, backward, nullsFirstAscending: true));
            }

            List<Card> page = [.. query.ApplySort(backward ? order.Reversed : order.Sort, order.ResourceType).Take(pageSize)];
            if (page.Count == 0)
            {
                break;
            }

            seen.AddRange(page);
            position = order.PositionOf(page[^1]);
        }

        if (backward)
        {
            seen.Reverse();
        }

        return seen;
    }
}
