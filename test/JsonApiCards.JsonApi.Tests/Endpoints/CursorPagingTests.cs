using JsonApiCards.JsonApi.Documents;
using JsonApiCards.JsonApi.Endpoints;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.Queries.Keyset;
using JsonApiCards.JsonApi.Tests.TestModel;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using static JsonApiCards.JsonApi.Tests.QueryStrings.QueryStringTestKit;

namespace JsonApiCards.JsonApi.Tests.Endpoints;

public sealed class CursorPagingTests
{
    private const string Route = "/cards";
    private const string Profile = "https://jsonapi.org/profiles/ethanresnick/cursor-pagination/";

    private static readonly KeysetOrder Order = KeysetOrder.Of(Read("sort=reference").Sort, TestGraph.Cards)!;
    private static readonly Card[] Page = [new() { Id = 1, Reference = "A" }, new() { Id = 2, Reference = "B" }];

    private readonly CursorCodec _codec = new(new EphemeralDataProtectionProvider());

    [Theory]
    [InlineData(null, false)]
    [InlineData("application/vnd.api+json", false)]
    [InlineData($"application/vnd.api+json; profile=\"{Profile}\"", true)]
    [InlineData($"application/vnd.api+json; profile={Profile}", false)]
    [InlineData($"APPLICATION/VND.API+JSON; PROFILE=\"{Profile}\"", true)]
    [InlineData($"application/vnd.api+json; profile=\"https://example.com/other {Profile}\"", true)]
    [InlineData($"text/html, application/vnd.api+json; profile=\"{Profile}\"", true)]
    [InlineData($"application/json; profile=\"{Profile}\"", false)]
    [InlineData($"application/vnd.api+json; ext=\"{Profile}\"", false)]
    [InlineData("application/vnd.api+json; profile=\"https://jsonapi.org/profiles/ethanresnick/cursor-pagination\"", false)]
    [InlineData($"application/vnd.api+json; profile=\"{Profile}x\"", false)]
    public void A_request_asks_for_cursor_pages_when_its_Accept_names_the_profile_on_the_JSON_API_media_type(string? accept, bool expected)
    {
        var context = new DefaultHttpContext();
        if (accept is not null)
        {
            context.Request.Headers.Accept = accept;
        }

        CursorPaging.IsRequested(context.Request).Should().Be(expected);
    }

    [Fact]
    public void A_first_page_starts_at_the_beginning_reading_forward()
    {
        KeysetRequest keyset = CursorPaging.Start(Context(), TestGraph.Cards, Read("sort=reference&page[size]=5", cursorByDefault: true));

        keyset.Should().BeEquivalentTo(new { Position = (KeysetPosition?)null, Backward = false, PageSize = 5 });
        keyset.Order.Signature.Should().Be("reference,id");
    }

    [Theory]
    [InlineData("page[after]", false)]
    [InlineData("page[before]", true)]
    public void A_page_after_or_before_a_cursor_starts_at_the_position_the_cursor_was_written_from(string parameter, bool backward)
    {
        string cursor = CursorOf(Page[1], Route, audience: "caller-1");

        KeysetRequest keyset = CursorPaging.Start(Context(audience: "caller-1"), TestGraph.Cards, Read($"sort=reference&{parameter}={cursor}"));

        keyset.Backward.Should().Be(backward);
        keyset.Position!.Values.Should().Equal("B", 2L);
    }

    [Theory]
    [InlineData("/customers", "caller-1")]
    [InlineData(Route, "caller-2")]
    public void A_cursor_written_for_another_route_or_caller_is_refused_naming_its_parameter(string route, string audience)
    {
        string cursor = CursorOf(Page[1], route, audience);

        Action start = () => CursorPaging.Start(Context(audience: "caller-1"), TestGraph.Cards, Read($"sort=reference&page[before]={cursor}"));

        start.Should().Throw<JsonApiException>().Which.Errors.Should().ContainSingle().Which.Parameter.Should().Be("page[before]");
    }

    [Fact]
    public void A_sort_through_a_relationship_cannot_be_paged_by_cursor()
    {
        Action start = () => CursorPaging.Start(Context(), TestGraph.Cards, Read("sort=order.total_amount_cents", cursorByDefault: true));

        start.Should().Throw<JsonApiException>().Which.Errors.Should().ContainSingle().Which.Code.Should().Be(ErrorCodes.CursorSortNotSupported);
    }

    [Fact]
    public void A_request_paged_by_number_has_no_cursor_to_start_from()
    {
        Action start = () => CursorPaging.Start(Context(), TestGraph.Cards, Read("page[number]=1"));

        start.Should().Throw<InvalidOperationException>();
    }

    [Theory]
    [InlineData(false, false, true, null, 2L)]
    [InlineData(false, true, true, 1L, 2L)]
    [InlineData(false, true, false, 1L, null)]
    [InlineData(false, false, false, null, null)]
    [InlineData(true, true, true, 1L, 2L)]
    [InlineData(true, true, false, null, 2L)]
    public void A_page_links_before_its_first_and_after_its_last_resource_where_more_lie(bool backward, bool fromCursor, bool hasMore, long? prevFrom, long? nextFrom)
    {
        KeysetRequest keyset = Keyset(backward, fromCursor);

        CursorPageLinks links = CursorPaging.Links(Context(), Links(), keyset, new KeysetPage<Card>(Page, hasMore), sentCursor: fromCursor ? "sent" : null);

        PositionIn(links.Prev, "page%5Bbefore%5D=").Should().Be(prevFrom);
        PositionIn(links.Next, "page%5Bafter%5D=").Should().Be(nextFrom);
        links.First.Should().Be("https://cards.example/cards?sort=reference");
    }

    [Theory]
    [InlineData(false, "https://cards.example/cards?sort=reference&page%5Bbefore%5D=sent", null)]
    [InlineData(true, null, "https://cards.example/cards?sort=reference&page%5Bafter%5D=sent")]
    public void Beyond_an_empty_page_the_link_back_repeats_the_cursor_sent(bool backward, string? prev, string? next)
    {
        CursorPageLinks links = CursorPaging.Links(Context(), Links(), Keyset(backward, fromCursor: true), new KeysetPage<Card>([], HasMore: false), sentCursor: "sent");

        (links.Prev, links.Next).Should().Be((prev, next));
    }

    private static LinkBuilder Links() => new("https://cards.example", string.Empty, Route, "?sort=reference");

    private static KeysetRequest Keyset(bool backward, bool fromCursor) =>
        new(Order, fromCursor ? Order.PositionOf(Page[0]) : null, backward, PageSize: 2);

    private long? PositionIn(string? link, string parameter)
    {
        if (link is null)
        {
            return null;
        }

        string cursor = link[(link.IndexOf(parameter, StringComparison.Ordinal) + parameter.Length)..];
        return (long)_codec.Read(Order, cursor, "page[after]", Route, string.Empty).Values[^1]!;
    }

    private string CursorOf(Card card, string route, string audience) => _codec.Write(Order, Order.PositionOf(card), route, audience);

    private DefaultHttpContext Context(string? audience = null)
    {
        var services = new ServiceCollection().AddSingleton(_codec);
        if (audience is not null)
        {
            services.AddSingleton<ICursorAudience>(new FixedAudience(audience));
        }

        return new DefaultHttpContext { RequestServices = services.BuildServiceProvider(), Request = { Path = Route } };
    }

    private sealed class FixedAudience(string audience) : ICursorAudience
    {
        public string AudienceOf(HttpContext context) => audience;
    }
}
