using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using JsonApiCards.JsonApi.Serialization;

namespace JsonApiCards.JsonApi.Tests.Serialization;

public sealed class AttributeValueWritersTests
{
    [Theory]
    [InlineData(nameof(Values.Text), "\"a\\u0022b\"")]
    [InlineData(nameof(Values.Count), "-3")]
    [InlineData(nameof(Values.OptionalCount), "4")]
    [InlineData(nameof(Values.Total), "9007199254740993")]
    [InlineData(nameof(Values.OptionalTotal), "-5")]
    [InlineData(nameof(Values.Amount), "12.50")]
    [InlineData(nameof(Values.OptionalAmount), "0.1")]
    [InlineData(nameof(Values.Flag), "true")]
    [InlineData(nameof(Values.OptionalFlag), "false")]
    [InlineData(nameof(Values.At), "\"2026-03-04T05:06:07.089Z\"")]
    [InlineData(nameof(Values.OptionalAt), "\"2026-03-04T05:06:07.089Z\"")]
    [InlineData(nameof(Values.Extra), """{"k":[1]}""")]
    [InlineData(nameof(Values.Tags), """["x","y"]""")]
    public void Each_attribute_type_is_written_as_its_json_value(string property, string json)
    {
        Write(property, Values.Filled).Should().Be(json);
    }

    [Theory]
    [InlineData(nameof(Values.Text))]
    [InlineData(nameof(Values.OptionalCount))]
    [InlineData(nameof(Values.OptionalTotal))]
    [InlineData(nameof(Values.OptionalAmount))]
    [InlineData(nameof(Values.OptionalFlag))]
    [InlineData(nameof(Values.OptionalAt))]
    [InlineData(nameof(Values.Extra))]
    [InlineData(nameof(Values.Tags))]
    public void A_nullable_attribute_without_a_value_is_written_as_null(string property)
    {
        Write(property, new Values()).Should().Be("null");
    }

    [Fact]
    public void A_timestamp_of_another_offset_is_written_in_utc()
    {
        var values = new Values { At = new DateTime(2026, 3, 4, 7, 6, 7, 89, DateTimeKind.Local) };

        Write(nameof(Values.At), values).Should().Be($"\"{values.At.ToUniversalTime():yyyy-MM-dd'T'HH:mm:ss.fff'Z'}\"");
    }

    [Fact]
    public void An_attribute_of_a_type_the_layer_cannot_write_is_refused_when_the_graph_is_built_naming_it()
    {
        var compile = () => AttributeValueWriters.Compile(typeof(Values).GetProperty(nameof(Values.Unwritable))!);

        compile.Should().Throw<InvalidOperationException>().WithMessage("*'Values.Unwritable'*'Guid'*");
    }

    private static string Write(string property, Values values)
    {
        Action<Utf8JsonWriter, object> write = AttributeValueWriters.Compile(typeof(Values).GetProperty(property)!);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            write(writer, values);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private sealed class Values
    {
        private static readonly DateTime Instant = new(2026, 3, 4, 5, 6, 7, 89, DateTimeKind.Utc);

        public static Values Filled => new()
        {
            Text = "a\"b",
            Count = -3,
            OptionalCount = 4,
            Total = 9007199254740993,
            OptionalTotal = -5,
            Amount = 12.50m,
            OptionalAmount = 0.1m,
            Flag = true,
            OptionalFlag = false,
            At = Instant,
            OptionalAt = Instant,
            Extra = new JsonObject { ["k"] = new JsonArray(1) },
            Tags = ["x", "y"],
        };

        public string? Text { get; init; }

        public int Count { get; init; }

        public int? OptionalCount { get; init; }

        public long Total { get; init; }

        public long? OptionalTotal { get; init; }

        public decimal Amount { get; init; }

        public decimal? OptionalAmount { get; init; }

        public bool Flag { get; init; }

        public bool? OptionalFlag { get; init; }

        public DateTime At { get; init; }

        public DateTime? OptionalAt { get; init; }

        public JsonObject? Extra { get; init; }

        public List<string>? Tags { get; init; }

        public Guid Unwritable { get; init; }
    }
}
