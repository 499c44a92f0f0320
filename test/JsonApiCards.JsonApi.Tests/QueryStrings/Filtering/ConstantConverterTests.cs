using JsonApiCards.JsonApi.Queries.Expressions;
using JsonApiCards.JsonApi.QueryStrings.Validation;

namespace JsonApiCards.JsonApi.Tests.QueryStrings.Filtering;

/// <summary>
/// The text of a filter's constant becomes the value it is compared with: only in the invariant culture, with a sign but
/// no spaces, exponents or group separators, and timestamps in ISO 8601 only, taken as UTC when they name no offset.
/// </summary>
public sealed class ConstantConverterTests
{
    public static TheoryData<string, Type, object> Converted => new()
    {
        { "Visa", typeof(string), "Visa" },
        { "", typeof(string), "" },
        { "12", typeof(int), 12 },
        { "-12", typeof(int), -12 },
        { "+7", typeof(int?), 7 },
        { "9000000000", typeof(long), 9_000_000_000L },
        { "-1.25", typeof(decimal), -1.25m },
        { "10", typeof(decimal?), 10m },
        { "true", typeof(bool), true },
        { "false", typeof(bool?), false },
        { "2024-01-31", typeof(DateTime), new DateTime(2024, 1, 31, 0, 0, 0, DateTimeKind.Utc) },
        { "2024-01-31T12:30:00Z", typeof(DateTime), new DateTime(2024, 1, 31, 12, 30, 0, DateTimeKind.Utc) },
        { "2024-01-31 12:30", typeof(DateTime?), new DateTime(2024, 1, 31, 12, 30, 0, DateTimeKind.Utc) },
        { "2024-01-31T12:30:00+02:00", typeof(DateTime), new DateTime(2024, 1, 31, 10, 30, 0, DateTimeKind.Utc) },
    };

    [Theory]
    [MemberData(nameof(Converted))]
    public void A_constant_becomes_a_value_of_the_type_it_is_compared_with_and_keeps_its_text(string text, Type type, object expected)
    {
        LiteralConstantExpression constant = ConstantConverter.Convert(text, type, "'field'");

        constant.Value.Should().Be(expected);
        constant.Value.GetType().Should().Be(expected.GetType());
        constant.Text.Should().Be(text);
        if (constant.Value is DateTime timestamp)
        {
            timestamp.Kind.Should().Be(DateTimeKind.Utc);
        }
    }

    [Theory]
    [InlineData("1.5", typeof(int), "an integer")]
    [InlineData(" 12", typeof(int), "an integer")]
    [InlineData("1,000", typeof(long), "an integer")]
    [InlineData("2147483648", typeof(int), "an integer")]
    [InlineData("1e3", typeof(decimal), "a number")]
    [InlineData("1,5", typeof(decimal), "a number")]
    [InlineData("True", typeof(bool), "true or false")]
    [InlineData("1", typeof(bool?), "true or false")]
    [InlineData("31/01/2024", typeof(DateTime), "an ISO 8601 date or timestamp, such as 2024-01-31 or 2024-01-31T12:00:00Z")]
    [InlineData("2024-01-31X", typeof(DateTime), "an ISO 8601 date or timestamp, such as 2024-01-31 or 2024-01-31T12:00:00Z")]
    [InlineData("x2024-01-31", typeof(DateTime), "an ISO 8601 date or timestamp, such as 2024-01-31 or 2024-01-31T12:00:00Z")]
    [InlineData("2024-13-31", typeof(DateTime), "an ISO 8601 date or timestamp, such as 2024-01-31 or 2024-01-31T12:00:00Z")]
    public void Text_that_is_no_value_of_the_type_is_refused_saying_what_is_expected(string text, Type type, string expected)
    {
        var convert = () => ConstantConverter.Convert(text, type, "'field'");

        convert.Should().Throw<QueryValidationException>().WithMessage($"'{text}' is not a valid value for 'field'; expected {expected}.");
    }

    [Fact]
    public void A_constant_holding_a_nul_character_is_refused_whatever_the_type()
    {
        var convert = () => ConstantConverter.Convert("vi\0sa", typeof(string), "'card_type'");

        convert.Should().Throw<QueryValidationException>().WithMessage("A constant compared with 'card_type' may not hold the NUL character (U+0000).");
    }

    [Fact]
    public void A_type_constants_cannot_be_converted_to_is_not_filterable()
    {
        var convert = () => ConstantConverter.Convert("x", typeof(Guid), "'token'");

        ConstantConverter.CanConvertTo(typeof(Guid)).Should().BeFalse();
        ConstantConverter.Describe(typeof(Guid)).Should().BeNull();
        convert.Should().Throw<QueryValidationException>().WithMessage("'token' cannot be compared with a constant.");
    }

    [Theory]
    [InlineData(typeof(string), true, true)]
    [InlineData(typeof(int), true, true)]
    [InlineData(typeof(long?), true, true)]
    [InlineData(typeof(decimal), true, true)]
    [InlineData(typeof(DateTime?), true, true)]
    [InlineData(typeof(bool), true, false)]
    [InlineData(typeof(Guid), false, false)]
    public void Which_types_can_be_filtered_and_which_are_ordered(Type type, bool filterable, bool ordered)
    {
        ConstantConverter.CanConvertTo(type).Should().Be(filterable);
        ConstantConverter.IsOrdered(type).Should().Be(ordered);
    }
}
