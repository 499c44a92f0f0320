using System.Globalization;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Queries;
using static JsonApiCards.JsonApi.Tests.QueryStrings.QueryStringTestKit;

namespace JsonApiCards.JsonApi.Tests.QueryStrings.Filtering;

public sealed class JsonApiFilterErrorTests
{
    [Theory]
    [InlineData("equals(card_type,visa)", "Failed at position 18: equals(card_type,^visa) — 'visa' is not a field of 'cards'; constants are written in single quotes, e.g. 'visa'.")]
    [InlineData("equals(month,1)", "'1' is not a field of 'cards'; constants are written in single quotes, e.g. '1'.")]
    [InlineData("equals(card_type,'visa'", "Failed at position 24: equals(card_type,'visa'^ — ')' expected, but the value ends here.")]
    [InlineData("equals(card_type,'visa)", "Failed at position 18: equals(card_type,^'visa) — This quoted constant has no closing quote; write a quote inside a constant as ''.")]
    [InlineData("like(card_type,'visa')", "Failed at position 1: ^like(card_type,'visa') — 'like' is not a filter function; expected one of equals, lessThan,")]
    [InlineData("equals(colour,'red')", "Failed at position 8: equals(^colour,'red') — Field 'colour' does not exist on resource type 'cards'.")]
    [InlineData("equals(order,'1')", "Failed at position 8: equals(^order,'1') — 'order' is a relationship of 'cards'; an attribute is expected here.")]
    [InlineData("equals(number,'4111')", "Failed at position 8: equals(^number,'4111') — Attribute 'number' of 'cards' cannot be used in filters.")]
    [InlineData("equals(display_number,'x')", "Attribute 'display_number' of 'cards' cannot be used in filters.")]
    [InlineData("equals(metadata,null)", "Attribute 'metadata' of 'cards' cannot be used in filters.")]
    [InlineData("equals(month,'abc')", "Failed at position 14: equals(month,^'abc') — 'abc' is not a valid value for 'month'; expected an integer.")]
    [InlineData("equals(is_default,'yes')", "'yes' is not a valid value for 'is_default'; expected true or false.")]
    [InlineData("greaterThan(created_at,'01/02/2024')", "'01/02/2024' is not a valid value for 'created_at'; expected an ISO 8601 date or timestamp")]
    [InlineData("lessThan(is_default,'true')", "'is_default' cannot be compared with lessThan; only text, numbers and timestamps are ordered.")]
    [InlineData("lessThan(month,null)", "null can only be used in equals() with a field.")]
    [InlineData("contains(month,'1')", "'month' is not text; contains() needs a text attribute.")]
    [InlineData("equals(month,reference)", "'month' and 'reference' have different types and cannot be compared.")]
    [InlineData("has(order)", "Relationship 'order' of 'cards' is to-one; a to-many relationship is expected here.")]
    [InlineData("equals(owner.cards.month,'1')", "Relationship 'cards' of 'customers' is to-many; a field chain may only pass through to-one relationships")]
    [InlineData("has(reference)", "Failed at position 5: has(^reference) — 'reference' is an attribute of 'cards'; a relationship is expected here.")]
    [InlineData("has(colours)", "Failed at position 5: has(^colours) — Field 'colours' does not exist on resource type 'cards'.")]
    [InlineData("isType(,planets)", "Resource type 'planets' does not exist.")]
    [InlineData("isType(owner.cards,cards)", "Relationship 'cards' of 'customers' is to-many; a to-one relationship is expected here.")]
    [InlineData("isType(owner.cards.order,orders)", "Relationship 'cards' of 'customers' is to-many; only the last relationship of this chain may be to-many.")]
    [InlineData("and(equals(month,'1'))", "',' expected.")]
    [InlineData("any(card_type)", "',' expected.")]
    [InlineData("equals(card_type,'visa'))", "The end of the filter expected.")]
    [InlineData("equals(card_type,'visa')x", "The end of the filter expected.")]
    [InlineData("equals(card_type;'visa')", "Unexpected character ';'.")]
    [InlineData("equals(card_type,'visa'),", "The end of the filter expected.")]
    [InlineData("count(owner.orders)", "'count' is not a filter function")]
    [InlineData("'visa'", "A filter function (equals, lessThan,")]
    [InlineData("equals(order.,'x')", "A field name after '.' expected.")]
    [InlineData("equals(month,)", "Failed at position 14: equals(month,^) — A quoted constant, null, count() or a field expected.")]
    [InlineData("any(card_type,'visa',master)", "Failed at position 22: any(card_type,'visa',^master) — A quoted constant expected.")]
    [InlineData("any(card_type,'visa',", "A quoted constant expected, but the value ends here.")]
    [InlineData("has(owner.cards.owner.orders)", "Relationship 'cards' of 'customers' is to-many; only the last relationship of this chain may be to-many.")]
    public void Malformed_or_forbidden_filters_are_refused_with_the_position(string filter, string expectedDetail)
    {
        // Act
        InvalidQueryStringParameterException exception = ReadFails("filter=" + filter);

        // Assert
        exception.ParameterName.Should().Be("filter");
        DetailOf(exception).Should().Contain(expectedDetail);
    }

    [Theory]
    [InlineData("equals", "Failed at position 7: equals^ — '(' expected, but the value ends here.")]
    [InlineData("equals(month'1')", "Failed at position 13: equals(month^'1') — ',' expected.")]
    [InlineData("equals(,'1')", "Failed at position 8: equals(^,'1') — A field name expected.")]
    [InlineData("equals(month(owner.orders),'1')", "Failed at position 13: equals(month^(owner.orders),'1') — ',' expected.")]
    [InlineData("contains", "Failed at position 9: contains^ — '(' expected, but the value ends here.")]
    [InlineData("contains(reference)", "Failed at position 19: contains(reference^) — ',' expected.")]
    [InlineData("contains(reference,'A'", "Failed at position 23: contains(reference,'A'^ — ')' expected, but the value ends here.")]
    [InlineData("any", "Failed at position 4: any^ — '(' expected, but the value ends here.")]
    [InlineData("any(card_type,'visa'x)", "Failed at position 21: any(card_type,'visa'^x) — ',' or ')' expected.")]
    [InlineData("any(month,'x')", "Failed at position 11: any(month,^'x') — 'x' is not a valid value for 'month'; expected an integer.")]
    [InlineData("has", "Failed at position 4: has^ — '(' expected, but the value ends here.")]
    [InlineData("has()", "Failed at position 5: has(^) — A to-many relationship expected.")]
    [InlineData("has(owner.orders", "Failed at position 17: has(owner.orders^ — ')' expected, but the value ends here.")]
    [InlineData("greaterThan(count(owner.orders,'1')", "Failed at position 31: greaterThan(count(owner.orders^,'1') — ')' expected.")]
    [InlineData("isType", "Failed at position 7: isType^ — '(' expected, but the value ends here.")]
    [InlineData("isType(owner", "Failed at position 13: isType(owner^ — ',' expected, but the value ends here.")]
    [InlineData("isType(,'cards')", "Failed at position 9: isType(,^'cards') — A resource type expected.")]
    [InlineData("isType(,cards", "Failed at position 14: isType(,cards^ — ')' expected, but the value ends here.")]
    [InlineData("not", "Failed at position 4: not^ — '(' expected, but the value ends here.")]
    [InlineData("not(equals(month,'1')", "Failed at position 22: not(equals(month,'1')^ — ')' expected, but the value ends here.")]
    [InlineData("and", "Failed at position 4: and^ — '(' expected, but the value ends here.")]
    [InlineData("and(equals(month,'1'),equals(month,'2')x", "Failed at position 40: and(equals(month,'1'),equals(month,'2')^x — ',' or ')' expected.")]
    public void A_missing_part_of_a_function_is_named_where_it_is_missing(string filter, string expectedDetail)
    {
        // Act
        InvalidQueryStringParameterException exception = ReadFails("filter=" + filter);

        // Assert
        DetailOf(exception).Should().Be(expectedDetail);
    }

    [Fact]
    public void Forty_characters_either_side_of_the_failure_are_shown_whole()
    {
        // Arrange
        const string before = "or(equals(reference,'AAAAAAAAA'),equals(";
        const string after = "colour,'x'),equals(reference,'BBBBBBB'))";
        (before.Length, after.Length).Should().Be((40, 40));

        // Act
        InvalidQueryStringParameterException exception = ReadFails("filter=" + before + after);

        // Assert
        DetailOf(exception).Should().Be($"Failed at position 41: {before}^{after} — Field 'colour' does not exist on resource type 'cards'.");
    }

    [Theory]
    [InlineData("not({0})")]
    [InlineData("and({0},equals(id,'1'))")]
    [InlineData("or(equals(id,'1'),{0})")]
    [InlineData("has(owner.orders,{0})")]
    public void Every_function_that_holds_a_filter_is_a_level_of_nesting(string outer)
    {
        // Arrange: the outer function is level 1 and the comparison the last level, so 14 levels fit between them.
        static string Nested(int levels) => string.Concat(Enumerable.Repeat("not(", levels)) + "equals(id,'1')" + new string(')', levels);

        // Act
        QueryLayer deepest = Read("filter=" + string.Format(CultureInfo.InvariantCulture, outer, Nested(14)));
        InvalidQueryStringParameterException exception = ReadFails("filter=" + string.Format(CultureInfo.InvariantCulture, outer, Nested(15)));

        // Assert
        deepest.Filter.Should().NotBeNull();
        DetailOf(exception).Should().EndWith("Filter functions may not be nested more than 16 levels deep.");
    }

    [Fact]
    public void A_blank_filter_among_others_is_refused_as_missing()
    {
        // Act
        InvalidQueryStringParameterException exception = ReadFails("filter=equals(month,'1')&filter=");

        // Assert
        (exception.ParameterName, DetailOf(exception)).Should().Be(("filter", "A value is required; expected a filter expression such as equals(name,'value')."));
    }

    [Fact]
    public void Long_filters_are_shortened_around_the_failure()
    {
        // Arrange
        string filter = "and(" + string.Concat(Enumerable.Repeat("equals(card_type,'visa'),", 4)) + "equals(colour,'red'),equals(card_type,'visa'),equals(card_type,'visa'))";

        // Act
        InvalidQueryStringParameterException exception = ReadFails("filter=" + filter);

        // Assert
        DetailOf(exception).Should().Be(
            "Failed at position 112: ...'visa'),equals(card_type,'visa'),equals(^colour,'red'),equals(card_type,'visa'),e... — Field 'colour' does not exist on resource type 'cards'.");
    }

    [Fact]
    public void Filters_nested_deeper_than_the_limit_are_refused()
    {
        // Arrange
        string filter = string.Concat(Enumerable.Repeat("not(", 16)) + "equals(id,'1')" + new string(')', 16);

        // Act
        InvalidQueryStringParameterException exception = ReadFails("filter=" + filter);

        // Assert
        DetailOf(exception).Should().EndWith("Filter functions may not be nested more than 16 levels deep.");
    }

    [Fact]
    public void A_count_nested_deeper_than_the_limit_is_refused_at_the_count()
    {
        string within = string.Concat(Enumerable.Repeat("not(", 14)) + "greaterThan(count(owner.orders),'1')" + new string(')', 14);
        string beyond = "not(" + within + ")";

        Read("filter=" + within).Filter.Should().NotBeNull();
        InvalidQueryStringParameterException exception = ReadFails("filter=" + beyond);

        DetailOf(exception).Should().Contain("greaterThan(^count(owner.orders)").And.EndWith("Filter functions may not be nested more than 16 levels deep.");
    }

    [Fact]
    public void Absurdly_deep_nesting_is_refused_without_overflowing_the_stack()
    {
        // Arrange
        string filter = string.Concat(Enumerable.Repeat("not(", 100_000)) + "equals(id,'1')" + new string(')', 100_000);

        // Act
        InvalidQueryStringParameterException exception = ReadFails("filter=" + filter);

        // Assert
        exception.ParameterName.Should().Be("filter");
    }

    [Theory]
    [InlineData("filter=equals(month,'99999999999')")]
    [InlineData("filter=equals(id,'-')")]
    [InlineData("filter=greaterThan(created_at,'2024-13-45')")]
    [InlineData("filter=equals(balance,'1e5')")]
    [InlineData("filter=(((")]
    [InlineData("filter=)")]
    [InlineData("filter=''''")]
    [InlineData("filter=any(month,'1',)")]
    [InlineData("filter=has(")]
    [InlineData("filter=isType(")]
    [InlineData("filter=isType(,")]
    [InlineData("filter=equals(count(")]
    public void Garbage_never_escapes_as_anything_but_a_query_parameter_error(string query)
    {
        // Act
        InvalidQueryStringParameterException exception = ReadFails(query);

        // Assert
        exception.ParameterName.Should().Be("filter");
        DetailOf(exception).Should().StartWith("Failed at position ");
    }

    [Theory]
    [InlineData("filter=")]
    [InlineData("filter=%20")]
    public void Empty_filters_are_refused(string query)
    {
        // Act
        InvalidQueryStringParameterException exception = ReadFails(query.Replace("%20", " ", StringComparison.Ordinal));

        // Assert
        DetailOf(exception).Should().Be("A value is required; expected a filter expression such as equals(name,'value').");
    }
}
