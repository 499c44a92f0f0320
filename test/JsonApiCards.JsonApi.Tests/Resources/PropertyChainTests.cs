using System.Linq.Expressions;
using System.Reflection;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Tests.TestModel;

namespace JsonApiCards.JsonApi.Tests.Resources;

public sealed class PropertyChainTests
{
    private static readonly Card Other = new();

    [Fact]
    public void A_chain_lists_the_properties_read_outermost_first_and_looks_through_a_boxing_conversion()
    {
        Expression<Func<Card, object?>> status = card => card.Order!.Status;
        Expression<Func<Card, object?>> month = card => card.Month;

        IReadOnlyList<PropertyInfo> chain = PropertyChain.Of(status);

        chain.Should().Equal(typeof(Card).GetProperty(nameof(Card.Order))!, typeof(Order).GetProperty(nameof(Order.Status))!);
        PropertyChain.Of(month).Should().Equal(typeof(Card).GetProperty(nameof(Card.Month))!);
        PropertyChain.Describe(typeof(Card), chain).Should().Be("Card.Order.Status");
    }

    public static TheoryData<string, Expression<Func<Card, object?>>> NotPropertiesOfTheParameter => new()
    {
        { "the parameter itself", card => card },
        { "a property of another object", _ => Other.Reference },
        { "a method's result", card => card.Reference.Trim() },
        { "a computation", card => card.Reference.Length + 1 },
    };

    [Theory]
    [MemberData(nameof(NotPropertiesOfTheParameter))]
    public void A_lambda_that_reads_anything_but_properties_of_its_parameter_is_refused(string reads, Expression<Func<Card, object?>> lambda)
    {
        FluentActions.Invoking(() => PropertyChain.Of(lambda)).Should().Throw<ArgumentException>(reads).WithParameterName(nameof(lambda));
    }

    [Fact]
    public void A_property_is_the_same_as_itself_reached_through_a_derived_type_but_not_as_another_of_the_same_name()
    {
        PropertyInfo declared = typeof(Named).GetProperty(nameof(Named.Name))!;
        PropertyInfo inherited = typeof(DerivedNamed).GetProperty(nameof(Named.Name))!;
        PropertyInfo unrelated = typeof(Card).GetProperty(nameof(Card.Reference))!;
        PropertyInfo sameNameElsewhere = typeof(OtherNamed).GetProperty(nameof(OtherNamed.Name))!;

        inherited.Should().NotBeSameAs(declared, "reflection gives a property reached through a derived type as an object of its own");
        PropertyChain.Same(declared, declared).Should().BeTrue();
        PropertyChain.Same(inherited, declared).Should().BeTrue();
        PropertyChain.Same(declared, unrelated).Should().BeFalse();
        PropertyChain.Same(declared, sameNameElsewhere).Should().BeFalse();
    }

    private class Named
    {
        public string Name { get; set; } = string.Empty;
    }

    private sealed class DerivedNamed : Named;

    private sealed class OtherNamed
    {
        public string Name { get; set; } = string.Empty;
    }
}
