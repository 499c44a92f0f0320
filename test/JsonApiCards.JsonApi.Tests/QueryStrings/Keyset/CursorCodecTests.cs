using System.Buffers.Text;
using System.Text;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.Queries.Keyset;
using JsonApiCards.JsonApi.Tests.TestModel;
using Microsoft.AspNetCore.DataProtection;
using static JsonApiCards.JsonApi.Tests.QueryStrings.QueryStringTestKit;

namespace JsonApiCards.JsonApi.Tests.QueryStrings.Keyset;

public sealed class CursorCodecTests
{
    private const string Route = "/api/cards";
    private const string Audience = "test:integration-1";

    private static readonly Card Card = new() { Id = 12, Reference = "R-1", HolderName = null, CreatedAt = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc) };

    private readonly EphemeralDataProtectionProvider _protection = new();

    [Fact]
    public void A_cursor_reads_back_as_the_position_it_was_written_from()
    {
        KeysetOrder order = Order("-holder_name,created_at");
        var codec = new CursorCodec(_protection);

        KeysetPosition position = codec.Read(order, codec.Write(order, order.PositionOf(Card), Route, Audience), "page[after]", Route, Audience);

        position.Values.Should().Equal(null, Card.CreatedAt, 12L);
    }

    [Theory]
    [InlineData("/api/customers", Audience)]
    [InlineData(Route, "test:integration-2")]
    public void A_cursor_of_another_route_or_caller_is_refused(string route, string audience)
    {
        KeysetOrder order = Order("reference");
        var codec = new CursorCodec(_protection);
        string cursor = codec.Write(order, order.PositionOf(Card), route, audience);

        InvalidCursor(() => codec.Read(order, cursor, "page[before]", Route, Audience), "page[before]").Detail.Should().Contain("not one this API gave");
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64url!")]
    [InlineData("AAAA")]
    public void A_cursor_that_was_not_written_by_the_api_is_refused(string cursor)
    {
        InvalidCursor(() => new CursorCodec(_protection).Read(Order("reference"), cursor, "page[after]", Route, Audience), "page[after]");
    }

    [Fact]
    public void A_cursor_of_another_sort_is_refused_naming_the_sort()
    {
        var codec = new CursorCodec(_protection);
        KeysetOrder written = Order("reference");
        string cursor = codec.Write(written, written.PositionOf(Card), Route, Audience);

        InvalidCursor(() => codec.Read(Order("-reference"), cursor, "page[after]", Route, Audience), "page[after]").Detail.Should().Contain("'-reference,id'");
    }

    [Theory]
    [InlineData("""["reference,id","R-1"]""")]
    [InlineData("""["reference,id","R-1",12,13]""")]
    [InlineData("""["reference,id","R-1","twelve"]""")]
    [InlineData("""{"reference":"R-1"}""")]
    [InlineData("""["reference,id","R-1",12""")]
    [InlineData("""[7,"R-1",12]""")]
    public void A_protected_payload_that_is_not_a_position_of_the_sort_is_refused(string payload)
    {
        string cursor = Base64Url.EncodeToString(_protection.CreateProtector("JsonApiCards.JsonApi.Cursor.v1", Route, Audience).Protect(Encoding.UTF8.GetBytes(payload)));

        InvalidCursor(() => new CursorCodec(_protection).Read(Order("reference"), cursor, "page[after]", Route, Audience), "page[after]");
    }

    private static KeysetOrder Order(string sort)
    {
        QueryLayer layer = Read($"sort={sort}");
        return KeysetOrder.Of(layer.Sort, layer.ResourceType)!;
    }

    private static ErrorObject InvalidCursor(Func<KeysetPosition> read, string parameter)
    {
        InvalidQueryStringParameterException exception = read.Should().Throw<InvalidQueryStringParameterException>().Which;
        exception.ParameterName.Should().Be(parameter);
        ErrorObject error = exception.Errors.Should().ContainSingle().Subject;
        error.Code.Should().Be(ErrorCodes.InvalidCursor);
        error.Detail.Should().NotBeNullOrWhiteSpace();
        return error;
    }
}
