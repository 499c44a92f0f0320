using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Tests.Resources;

public sealed class ResourceIdTests
{
    [Theory]
    [InlineData("0", 0L)]
    [InlineData("1", 1L)]
    [InlineData("1234", 1234L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    public void An_id_written_as_the_server_writes_it_parses(string text, long expected)
    {
        ResourceId.TryParse(text, out long id).Should().BeTrue();
        id.Should().Be(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("01")]
    [InlineData("00")]
    [InlineData("+1")]
    [InlineData("-1")]
    [InlineData(" 1")]
    [InlineData("1.0")]
    [InlineData("1e3")]
    [InlineData("abc")]
    [InlineData("9223372036854775808")]
    public void Any_other_spelling_names_no_resource(string? text)
    {
        ResourceId.TryParse(text, out _).Should().BeFalse();
    }
}
