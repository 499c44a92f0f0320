using System.Buffers;
using System.Text;
using JsonApiCards.JsonApi.Endpoints;
using JsonApiCards.JsonApi.Tests.TestModel;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace JsonApiCards.JsonApi.Tests.Endpoints;

public sealed class RequestBodyErasureTests
{
    private const string Body = """{"data":{"type":"cards","attributes":{"number":"4111111111111111"}}}""";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_body_is_erased_once_it_was_read_with_or_without_a_content_length(bool withContentLength)
    {
        var request = RequestWith(Body, withContentLength);
        ReadOnlyMemory<byte> seen = default;

        string text = await request.ReadBodyAsync(bytes => { seen = bytes; return Encoding.UTF8.GetString(bytes.Span); }, CancellationToken.None);

        text.Should().Be(Body);
        seen.Length.Should().Be(Body.Length);
        seen.ToArray().Should().OnlyContain(value => value == 0);
    }

    [Fact]
    public async Task The_body_is_erased_also_when_reading_it_fails()
    {
        var request = RequestWith(Body, withContentLength: true);
        ReadOnlyMemory<byte> seen = default;

        Func<Task> read = () => request.ReadBodyAsync<int>(bytes => { seen = bytes; throw new FormatException(); }, CancellationToken.None);

        await read.Should().ThrowAsync<FormatException>();
        seen.ToArray().Should().OnlyContain(value => value == 0);
    }

    [Fact]
    public async Task The_pooled_buffer_a_body_of_unknown_length_is_read_through_goes_back_to_the_pool_erased()
    {
        var request = RequestWith(Body, withContentLength: false);

        await request.ReadBodyAsync(bytes => bytes.Length, CancellationToken.None);

        // The read completed synchronously, so the buffer it returned is the one this thread's pool hands out next.
        byte[] next = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            Encoding.UTF8.GetString(next).Should().NotContain("4111111111111111");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(next);
        }
    }

    private static JsonApiRequest<Card> RequestWith(string body, bool withContentLength)
    {
        var context = new DefaultHttpContext();
        byte[] bytes = Encoding.UTF8.GetBytes(body);
        context.Request.Body = new MemoryStream(bytes);
        context.Request.ContentLength = withContentLength ? bytes.Length : null;

        // Reading the body needs only the request and the options.
        return new JsonApiRequest<Card>(context, null!, null!, null!, Options.Create(new JsonApiOptions()));
    }
}
