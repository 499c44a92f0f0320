using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.QueryStrings;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Resources.Annotations;
using JsonApiCards.JsonApi.Tests.TestModel;
using static JsonApiCards.JsonApi.Tests.QueryStrings.QueryStringTestKit;

namespace JsonApiCards.JsonApi.Tests.Definitions;

public sealed class AttributeEqualityTests
{
    private static readonly SimpleFilter[] Declared = [SimpleFilter.For<Card>("card_type", card => card.CardType, SimpleFilterKind.Equals), SimpleFilter.For<Card>("reference", card => card.Reference, SimpleFilterKind.Equals)];

    private static readonly AttributeEquality<Card, string> CardTypeEquals = new(card => card.CardType);

    [Theory]
    [InlineData("filter=equals(card_type,'visa')")]
    [InlineData("filter[q][card_type_eq]=visa")]
    [InlineData("filter[card_type]=visa")]
    [InlineData("filter[card_type]=visa&page[size]=5&sort=-created_at")]
    public void Every_dialect_spells_the_same_equality(string query)
    {
        // Act
        var (matched, cardType, filter) = MatchCardType(query);

        // Assert
        (matched, cardType, filter).Should().Be((true, "visa", "equals(card_type,'visa')"));
    }

    [Theory]
    [InlineData("page[size]=5")]
    [InlineData("filter=equals(reference,'visa')")]
    [InlineData("filter[reference]=visa")]
    [InlineData("filter=and(equals(card_type,'visa'),equals(reference,'A'))")]
    [InlineData("filter[card_type]=visa&filter[reference]=A")]
    [InlineData("filter[card_type]=visa&filter[q][card_type_eq]=visa")]
    [InlineData("filter[card_type]=visa&filter[card_type]=visa")]
    [InlineData("filter[q][card_type_eq]=visa&filter[q][card_type_eq]=visa")]
    [InlineData("filter=or(equals(card_type,'visa'),equals(card_type,'master'))")]
    [InlineData("filter=equals(card_type,'visa')&filter=equals(card_type,'master')")]
    [InlineData("filter=equals(card_type,'visa')&filter=equals(card_type,'visa')")]
    [InlineData("filter=not(equals(card_type,'visa'))")]
    [InlineData("filter[q][card_type_not_eq]=visa")]
    [InlineData("filter[q][card_type_eq_or_null]=visa")]
    [InlineData("filter[q][card_type_in]=visa")]
    [InlineData("filter=any(card_type,'visa')")]
    [InlineData("filter[q][card_type_start]=visa")]
    [InlineData("filter=greaterOrEqual(card_type,'visa')")]
    [InlineData("filter=equals(card_type,null)")]
    [InlineData("filter=equals(card_type,reference)")]
    public void Anything_but_that_one_equality_is_not_a_match(string query)
    {
        // Act
        var (matched, cardType, _) = MatchCardType(query);

        // Assert
        (matched, cardType).Should().Be((false, null));
    }

    [Fact]
    public void The_same_attribute_reached_through_a_relationship_is_not_a_match()
    {
        // Arrange
        QueryLayer layer = Read("filter=equals(owner.email,'a@example.com')");
        var emailEquals = new AttributeEquality<Customer, string?>(customer => customer.Email);

        // Act
        bool throughOwner = emailEquals.TryMatch(layer.Filter, out _);
        bool direct = emailEquals.TryMatch(Read("filter=equals(email,'a@example.com')", TestGraph.Customers).Filter, out string? email);

        // Assert
        throughOwner.Should().BeFalse();
        direct.Should().BeTrue();
        email.Should().Be("a@example.com");
    }

    [Fact]
    public void Typed_attributes_give_their_typed_constant()
    {
        // Arrange
        var monthEquals = new AttributeEquality<Card, int>(card => card.Month);
        var expiryYearEquals = new AttributeEquality<Card, int?>(card => card.ExpiryYear);

        // Act
        bool month = monthEquals.TryMatch(Read("filter=equals(month,'3')").Filter, out int monthValue);
        bool expiryYear = expiryYearEquals.TryMatch(Read("filter[q][expiry_year_eq]=2030").Filter, out int? expiryYearValue);
        bool monthOfAnotherAttribute = monthEquals.TryMatch(Read("filter=equals(expiry_year,'3')").Filter, out _);

        // Assert
        (month, monthValue).Should().Be((true, 3));
        (expiryYear, expiryYearValue).Should().Be((true, 2030));
        monthOfAnotherAttribute.Should().BeFalse();
    }

    [Fact]
    public void An_attribute_declared_on_a_base_class_matches()
    {
        // Arrange
        ResourceType labels = new ResourceGraphBuilder().Add<Label>().Build().GetResourceType<Label>();
        var nameEquals = new AttributeEquality<Label, string>(label => label.Name);

        // Act
        bool matched = nameEquals.TryMatch(Read("filter[q][name_eq]=gold", labels).Filter, out string? name);

        // Assert
        (matched, name).Should().Be((true, "gold"));
    }

    [Fact]
    public void Matching_allocates_nothing()
    {
        // Arrange
        var monthEquals = new AttributeEquality<Card, int>(card => card.Month);
        var filters = new[] { Read("filter=equals(month,'3')").Filter, Read("filter=equals(card_type,'visa')").Filter, Read("filter[q][month_eq]=3&filter[q][card_type_eq]=visa").Filter, null };
        foreach (var filter in filters)
        {
            monthEquals.TryMatch(filter, out _);
        }

        // Act
        long before = GC.GetAllocatedBytesForCurrentThread();
        int matches = 0;
        for (int round = 0; round < 1000; round++)
        {
            foreach (var filter in filters)
            {
                matches += monthEquals.TryMatch(filter, out _) ? 1 : 0;
            }
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Assert
        matches.Should().Be(1000);
        allocated.Should().Be(0);
    }

    [Fact]
    public void Only_a_property_of_the_resource_names_an_attribute()
    {
        // Act
        Action computed = () => _ = new AttributeEquality<Card, string>(card => card.Reference.ToUpperInvariant());
        Action throughRelationship = () => _ = new AttributeEquality<Card, string?>(card => card.Owner!.Email);

        // Assert
        computed.Should().Throw<ArgumentException>().WithMessage("*does not name a property of Card*");
        throughRelationship.Should().Throw<ArgumentException>().WithMessage("*does not name a property of Card*");
    }

    [Fact]
    public void An_attribute_is_needed()
    {
        Action missing = () => _ = new AttributeEquality<Card, string>(null!);

        missing.Should().Throw<ArgumentNullException>().WithParameterName("attribute");
    }

    private static (bool Matched, string? CardType, string? Filter) MatchCardType(string query)
    {
        QueryLayer layer = Read(query, simpleFilters: Declared);
        bool matched = CardTypeEquals.TryMatch(layer.Filter, out string? cardType);
        return (matched, cardType, layer.Filter?.ToString());
    }

    public abstract class Named
    {
        [Attr]
        public string Name { get; set; } = string.Empty;
    }

    [Resource("labels")]
    public sealed class Label : Named, IIdentifiable
    {
        public long Id { get; set; }
    }
}
