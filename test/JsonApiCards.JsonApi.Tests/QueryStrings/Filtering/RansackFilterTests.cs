using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.Tests.TestModel;
using static JsonApiCards.JsonApi.Tests.QueryStrings.QueryStringTestKit;

namespace JsonApiCards.JsonApi.Tests.QueryStrings.Filtering;

public sealed class RansackFilterTests
{
    [Theory]
    [InlineData("card_type_eq", "visa", "equals(card_type,'visa')", new long[] { 1, 3 })]
    [InlineData("card_type_not_eq", "visa", "not(equals(card_type,'visa'))", new long[] { 2, 4 })]
    [InlineData("month_lt", "6", "lessThan(month,'6')", new long[] { 1, 4 })]
    [InlineData("month_lteq", "6", "lessOrEqual(month,'6')", new long[] { 1, 2, 4 })]
    [InlineData("month_gt", "6", "greaterThan(month,'6')", new long[] { 3 })]
    [InlineData("month_gteq", "6", "greaterOrEqual(month,'6')", new long[] { 2, 3 })]
    [InlineData("card_type_in", "amex,mastercard", "any(card_type,'amex','mastercard')", new long[] { 2, 4 })]
    [InlineData("card_type_not_in", "amex,mastercard", "not(any(card_type,'amex','mastercard'))", new long[] { 1, 3 })]
    [InlineData("reference_start", "A", "startsWith(reference,'A')", new long[] { 1, 2 })]
    [InlineData("reference_not_start", "A", "not(startsWith(reference,'A'))", new long[] { 3, 4 })]
    [InlineData("reference_end", "1", "endsWith(reference,'1')", new long[] { 1, 3 })]
    [InlineData("reference_not_end", "1", "not(endsWith(reference,'1'))", new long[] { 2, 4 })]
    [InlineData("holder_name_cont", "Jo", "contains(holder_name,'Jo')", new long[] { 1, 4 })]
    [InlineData("holder_name_not_cont", "Jo", "not(contains(holder_name,'Jo'))", new long[] { 2, 3 })]
    [InlineData("holder_name_null", "true", "equals(holder_name,null)", new long[] { 2 })]
    [InlineData("holder_name_null", "false", "not(equals(holder_name,null))", new long[] { 1, 3, 4 })]
    [InlineData("holder_name_not_null", "1", "not(equals(holder_name,null))", new long[] { 1, 3, 4 })]
    [InlineData("holder_name_not_null", "0", "equals(holder_name,null)", new long[] { 2 })]
    [InlineData("holder_name_present", "true", "and(not(equals(holder_name,null)),not(equals(holder_name,'')))", new long[] { 1, 4 })]
    [InlineData("holder_name_present", "false", "or(equals(holder_name,null),equals(holder_name,''))", new long[] { 2, 3 })]
    [InlineData("holder_name_blank", "true", "or(equals(holder_name,null),equals(holder_name,''))", new long[] { 2, 3 })]
    [InlineData("holder_name_blank", "false", "not(or(equals(holder_name,null),equals(holder_name,'')))", new long[] { 1, 4 })]
    [InlineData("expiry_year_blank", "true", "equals(expiry_year,null)", new long[] { 2 })]
    [InlineData("expiry_year_present", "1", "not(equals(expiry_year,null))", new long[] { 1, 3, 4 })]
    [InlineData("is_default_true", "true", "equals(is_default,'true')", new long[] { 1, 4 })]
    [InlineData("is_default_true", "false", "not(equals(is_default,'true'))", new long[] { 2, 3 })]
    [InlineData("is_default_false", "1", "equals(is_default,'false')", new long[] { 2, 3 })]
    [InlineData("is_default_false", "0", "not(equals(is_default,'false'))", new long[] { 1, 4 })]
    [InlineData("expiry_year_eq_or_null", "2027", "or(equals(expiry_year,'2027'),equals(expiry_year,null))", new long[] { 1, 2 })]
    [InlineData("id_in", "1,3", "any(id,'1','3')", new long[] { 1, 3 })]
    [InlineData("created_at_gteq", "2024-03-05T12:30:00Z", "greaterOrEqual(created_at,'2024-03-05T12:30:00Z')", new long[] { 2, 3 })]
    [InlineData("balance_lt", "10.5", "lessThan(balance,'10.5')", new long[] { 2 })]
    public void Each_predicate_selects_the_matching_cards(string condition, string value, string expectedFilter, long[] expectedIds)
    {
        // Act
        QueryLayer layer = Read($"filter[q][{condition}]={value}");

        // Assert
        layer.Filter!.ToString().Should().Be(expectedFilter);
        CardIds(layer).Should().Equal(expectedIds);
    }

    [Fact]
    public void Ransack_in_takes_a_comma_separated_list()
    {
        // Act
        QueryLayer layer = Read("filter[q][month_in]=1,3,12,1");

        // Assert
        layer.Filter!.ToString().Should().Be("any(month,'1','3','12')");
        CardIds(layer).Should().Equal(1, 3, 4);
    }

    [Fact]
    public void Attributes_joined_with_or_match_when_any_of_them_matches()
    {
        // Act
        QueryLayer layer = Read("filter[q][first_name_or_last_name_cont]=Alice", TestGraph.Customers);

        // Assert
        layer.Filter!.ToString().Should().Be("or(contains(first_name,'Alice'),contains(last_name,'Alice'))");
        CustomerIds(layer).Should().Equal(1, 3);
    }

    [Fact]
    public void Attributes_of_related_resources_are_reached_through_to_one_relationships()
    {
        // Act
        QueryLayer layer = Read("filter[q][order_status_eq]=placed&filter[q][order_customer_first_name_eq]=Bob");

        // Assert
        layer.Filter!.ToString().Should().Be("and(equals(order.status,'placed'),equals(order.customer.first_name,'Bob'))");
        CardIds(layer).Should().Equal(4);
    }

    [Fact]
    public void The_longest_predicate_suffix_wins()
    {
        // Act: "_not_null" also ends in "_null", but holder_name_not is no attribute.
        QueryLayer layer = Read("filter[q][holder_name_not_null]=true");

        // Assert
        layer.Filter!.ToString().Should().Be("not(equals(holder_name,null))");
    }

    [Fact]
    public void Several_conditions_combine_with_and()
    {
        // Act
        QueryLayer layer = Read("filter[q][card_type_eq]=visa&filter[q][month_gt]=1");

        // Assert
        layer.Filter!.ToString().Should().Be("and(equals(card_type,'visa'),greaterThan(month,'1'))");
        CardIds(layer).Should().Equal(3);
    }

    [Theory]
    [InlineData("filter=equals(card_type,'visa')", "filter[q][card_type_eq]=visa")]
    [InlineData("filter=any(card_type,'visa','amex')", "filter[q][card_type_in]=visa,amex")]
    [InlineData("filter=greaterThan(order.total_amount_cents,'1000')", "filter[q][order_total_amount_cents_gt]=1000")]
    [InlineData("filter=not(startsWith(reference,'A'))", "filter[q][reference_not_start]=A")]
    [InlineData("filter=and(equals(card_type,'visa'),lessOrEqual(month,'6'))", "filter[q][card_type_eq]=visa&filter[q][month_lteq]=6")]
    public void Both_dialects_produce_the_same_expression(string jsonApiDotNetCore, string ransack)
    {
        // Act
        QueryLayer fromJsonApiDotNetCore = Read(jsonApiDotNetCore);
        QueryLayer fromRansack = Read(ransack);

        // Assert
        fromRansack.Filter!.ToString().Should().Be(fromJsonApiDotNetCore.Filter!.ToString());
        CardIds(fromRansack).Should().Equal(CardIds(fromJsonApiDotNetCore));
    }

    [Theory]
    [InlineData("filter[q][card_typ_eq]", "visa", "'card_typ' does not name an attribute of 'cards'")]
    [InlineData("filter[q][colour_not_eq]", "red", "'colour' does not name an attribute of 'cards'")]
    [InlineData("filter[q][card_typeeq]", "visa", "'card_typeeq' does not end in a known predicate")]
    [InlineData("filter[q][card_type_like]", "visa", "'card_type_like' does not end in a known predicate; expected one of _blank, _cont,")]
    [InlineData("filter[q][month_eq]", "abc", "'abc' is not a valid value for 'month'; expected an integer.")]
    [InlineData("filter[q][month_in]", "1,,2", "'1,,2' has an empty item; expected a comma-separated list of values.")]
    [InlineData("filter[q][holder_name_null]", "maybe", "'maybe' is not a valid value for this predicate; expected true or false (or 1 or 0).")]
    [InlineData("filter[q][month_cont]", "1", "'month' is not text; contains matching needs a text attribute.")]
    [InlineData("filter[q][card_type_true]", "1", "'card_type' is not true or false; _true and _false need a boolean attribute.")]
    [InlineData("filter[q][is_default_gt]", "true", "'is_default' cannot be compared with greaterThan; only text, numbers and timestamps are ordered.")]
    [InlineData("filter[q][number_eq]", "4111", "Attribute 'number' of 'cards' cannot be used in filters.")]
    [InlineData("filter[q][display_number_eq]", "x", "Attribute 'display_number' of 'cards' cannot be used in filters.")]
    [InlineData("filter[q][metadata_null]", "true", "Attribute 'metadata' of 'cards' cannot be used in filters.")]
    [InlineData("filter[q][owner_cards_month_eq]", "1", "Relationship 'cards' of 'customers' is to-many")]
    [InlineData("filter[q][created_at_gt]", "yesterday", "'yesterday' is not a valid value for 'created_at'; expected an ISO 8601 date or timestamp")]
    [InlineData("filter[q][card_type_eq]", "", "A value is required; expected a value for the condition.")]
    [InlineData("filter[q]", "x", "Ransack conditions are written filter[q][attribute_predicate]")]
    [InlineData("filter[q][card_type_eq][x]", "x", "Ransack conditions are written filter[q][attribute_predicate]")]
    public void Bad_conditions_are_refused_naming_the_parameter(string parameter, string value, string expectedDetail)
    {
        // Act
        InvalidQueryStringParameterException exception = ReadFails($"{parameter}={value}");

        // Assert
        exception.ParameterName.Should().Be(parameter);
        exception.Errors[0].Parameter.Should().Be(parameter);
        DetailOf(exception).Should().StartWith(expectedDetail);
    }
}
