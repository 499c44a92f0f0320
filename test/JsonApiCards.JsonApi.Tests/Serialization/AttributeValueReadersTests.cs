using System.Text.Json;
using System.Text.Json.Nodes;
using JsonApiCards.JsonApi.Serialization;

namespace JsonApiCards.JsonApi.Tests.Serialization;

/// <summary>
/// Each attribute type reads only the JSON values that fit it, and says what fits in the words a 422's detail uses;
/// null fits exactly the attributes that may be null.
/// </summary>
public sealed class AttributeValueReadersTests
{
    [Theory]
    [InlineData(nameof(Values.Name), "a string")]
    [InlineData(nameof(Values.Nickname), "a string or null")]
    [InlineData(nameof(Values.Count), "an integer")]
    [InlineData(nameof(Values.OptionalCount), "an integer or null")]
    [InlineData(nameof(Values.Total), "an integer")]
    [InlineData(nameof(Values.Amount), "a number")]
    [InlineData(nameof(Values.Flag), "true or false")]
    [InlineData(nameof(Values.At), "an ISO 8601 timestamp")]
    [InlineData(nameof(Values.Tags), "an array of strings or null")]
    [InlineData(nameof(Values.Extra), "an object or null")]
    public void Each_type_says_what_a_valid_value_looks_like(string property, string expected)
    {
        ReaderOf(property).Expected.Should().Be(expected);
    }

    [Theory]
    [InlineData(nameof(Values.Name), "\"ann\"")]
    [InlineData(nameof(Values.Count), "-3")]
    [InlineData(nameof(Values.Total), "9007199254740993")]
    [InlineData(nameof(Values.Amount), "12.50")]
    [InlineData(nameof(Values.Flag), "false")]
    [InlineData(nameof(Values.Tags), """["x","y"]""")]
    [InlineData(nameof(Values.Extra), """{"k":[1]}""")]
    public void A_value_of_the_attributes_type_is_read_as_it_is(string property, string json)
    {
        var (success, value) = Read(property, json);

        success.Should().BeTrue();
        JsonSerializer.Serialize(value).Should().Be(json);
    }

    [Theory]
    [InlineData(nameof(Values.Name), "3")]
    [InlineData(nameof(Values.Name), "null")]
    [InlineData(nameof(Values.Count), "\"3\"")]
    [InlineData(nameof(Values.Count), "1.5")]
    [InlineData(nameof(Values.Count), "2147483648")]
    [InlineData(nameof(Values.Count), "null")]
    [InlineData(nameof(Values.Total), "9223372036854775808")]
    [InlineData(nameof(Values.Amount), "\"12.50\"")]
    [InlineData(nameof(Values.Amount), "1e400")]
    [InlineData(nameof(Values.Flag), "\"true\"")]
    [InlineData(nameof(Values.Flag), "1")]
    [InlineData(nameof(Values.At), "\"yesterday\"")]
    [InlineData(nameof(Values.At), "1764892800")]
    [InlineData(nameof(Values.Tags), "\"x\"")]
    [InlineData(nameof(Values.Tags), """["x",1]""")]
    [InlineData(nameof(Values.Extra), "[]")]
    public void A_value_that_does_not_fit_the_type_is_refused(string property, string json)
    {
        Read(property, json).Success.Should().BeFalse();
    }

    [Theory]
    [InlineData(nameof(Values.Nickname))]
    [InlineData(nameof(Values.OptionalCount))]
    [InlineData(nameof(Values.Tags))]
    [InlineData(nameof(Values.Extra))]
    public void Null_is_read_for_an_attribute_that_may_be_null(string property)
    {
        Read(property, "null").Should().Be((true, null));
    }

    [Theory]
    [InlineData("\"2026-03-04T05:06:07+02:00\"")]
    [InlineData("\"2026-03-04T03:06:07Z\"")]
    [InlineData("\"2026-03-04T03:06:07\"")]
    public void A_timestamp_is_read_in_utc_and_one_without_an_offset_is_taken_as_utc(string json)
    {
        var (success, value) = Read(nameof(Values.At), json);

        success.Should().BeTrue();
        value.Should().Be(new DateTime(2026, 3, 4, 3, 6, 7, DateTimeKind.Utc)).And.Match<DateTime>(timestamp => timestamp.Kind == DateTimeKind.Utc);
    }

    [Fact]
    public void An_attribute_of_a_type_the_layer_cannot_read_is_refused_when_the_graph_is_built_naming_the_type()
    {
        var build = () => ReaderOf(nameof(Values.Unreadable));

        build.Should().Throw<InvalidOperationException>().WithMessage("*'Guid'*");
    }

    private static AttributeValueReader ReaderOf(string property) => AttributeValueReaders.For(typeof(Values).GetProperty(property)!);

    private static (bool Success, object? Value) Read(string property, string json)
    {
        using var document = JsonDocument.Parse(json);
        return ReaderOf(property).TryRead(document.RootElement);
    }

    private sealed class Values
    {
        public string Name { get; set; } = "";

        public string? Nickname { get; set; }

        public int Count { get; set; }

        public int? OptionalCount { get; set; }

        public long Total { get; set; }

        public decimal Amount { get; set; }

        public bool Flag { get; set; }

        public DateTime At { get; set; }

        public List<string>? Tags { get; set; }

        public JsonObject? Extra { get; set; }

        public Guid Unreadable { get; set; }
    }
}
