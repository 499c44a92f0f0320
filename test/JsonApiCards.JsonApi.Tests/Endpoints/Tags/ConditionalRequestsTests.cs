using JsonApiCards.JsonApi.Endpoints;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Services;
using Microsoft.AspNetCore.Http;

namespace JsonApiCards.JsonApi.Tests.Endpoints.Tags;

public sealed class ConditionalRequestsTests
{
    [Fact]
    public void A_write_without_If_Match_has_no_precondition()
    {
        ConditionalRequests.ReadIfMatch(RequestWith("If-Match", null)).Should().BeNull();
        ConditionalRequests.ReadIfMatch(RequestWith("If-Match", string.Empty)).Should().BeNull();
    }

    [Theory]
    [InlineData("*")]
    [InlineData("\"3-abc\", *")]
    public void If_Match_any_is_met_by_every_version(string header)
    {
        WritePrecondition precondition = ConditionalRequests.ReadIfMatch(RequestWith("If-Match", header))!;

        precondition.AnyVersion.Should().BeTrue();
        precondition.IsMetBy(0).Should().BeTrue();
        precondition.IsMetBy(ulong.MaxValue).Should().BeTrue();
    }

    [Fact]
    public void If_Match_is_met_by_each_version_its_strong_tags_name_and_by_no_other()
    {
        WritePrecondition precondition = ConditionalRequests.ReadIfMatch(RequestWith("If-Match", "\"3-abc\", W/\"4-abc\", \"5-def\", \"other\""))!;

        precondition.AnyVersion.Should().BeFalse();
        new ulong[] { 0, 1, 2, 3, 4, 5, 6 }.Where(precondition.IsMetBy).Should().Equal(3UL, 5UL);
    }

    [Fact]
    public void If_Match_with_tags_of_another_service_is_never_met()
    {
        WritePrecondition precondition = ConditionalRequests.ReadIfMatch(RequestWith("If-Match", "\"xyzzy\""))!;

        precondition.IsMetBy(0).Should().BeFalse();
    }

    [Fact]
    public void A_read_without_If_None_Match_is_modified()
    {
        ConditionalRequests.IsNotModified(RequestWith("If-None-Match", null), "W/\"abc\"").Should().BeFalse();
    }

    [Theory]
    [InlineData("*", "W/\"abc\"")]
    [InlineData("W/\"abc\"", "W/\"abc\"")]
    [InlineData("\"abc\"", "W/\"abc\"")]
    [InlineData("W/\"3-abc\"", "\"3-abc\"")]
    [InlineData("\"x\", \"3-abc\"", "\"3-abc\"")]
    public void A_read_whose_If_None_Match_names_its_tag_weakly_compared_or_any_is_not_modified(string header, string entityTag)
    {
        ConditionalRequests.IsNotModified(RequestWith("If-None-Match", header), entityTag).Should().BeTrue();
    }

    [Theory]
    [InlineData("W/\"abd\"", "W/\"abc\"")]
    [InlineData("\"x\", \"y\"", "\"3-abc\"")]
    public void A_read_whose_If_None_Match_names_other_tags_is_modified(string header, string entityTag)
    {
        ConditionalRequests.IsNotModified(RequestWith("If-None-Match", header), entityTag).Should().BeFalse();
    }

    [Theory]
    [InlineData("If-Match", "3-abc")]
    [InlineData("If-Match", "\"unterminated")]
    [InlineData("If-Match", ",")]
    [InlineData("If-Match", " ")]
    [InlineData("If-None-Match", " , ")]
    [InlineData("If-None-Match", "W/abc")]
    [InlineData("If-None-Match", "\"a\" \"b\"")]
    public void A_precondition_header_that_is_not_any_or_a_list_of_tags_is_refused_naming_the_header(string header, string value)
    {
        Action read = () =>
        {
            HttpRequest request = RequestWith(header, value);
            _ = header == "If-Match" ? ConditionalRequests.ReadIfMatch(request) is null : ConditionalRequests.IsNotModified(request, "W/\"abc\"");
        };

        ErrorObject error = read.Should().Throw<JsonApiException>().Which.Errors.Should().ContainSingle().Subject;
        error.Code.Should().Be(ErrorCodes.InvalidPreconditionHeader);
        error.Header.Should().Be(header);
    }

    private static HttpRequest RequestWith(string header, string? value)
    {
        var context = new DefaultHttpContext();
        if (value is not null)
        {
            context.Request.Headers[header] = value;
        }

        return context.Request;
    }
}
