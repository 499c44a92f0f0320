using System.Text;
using JsonApiCards.JsonApi.Documents;
using JsonApiCards.JsonApi.Tests.TestModel;

namespace JsonApiCards.JsonApi.Tests.Documents;

public sealed class LinkBufferTests
{
    [Theory]
    [InlineData("")]
    [InlineData("h")]
    [InlineData("https://cards.example/api")]
    [InlineData("https://cards.example/€/api")]
    public void A_link_is_written_whole_whichever_of_its_pieces_fills_the_buffer(string baseUrl)
    {
        // Every buffer size up to the whole link, so that each piece (base URL, '/', type, '/', id, relationship segment,
        // name) in turn is the one that finds the buffer full and has to move it to a larger one.
        for (int size = 0; size <= 96; size++)
        {
            var link = new LinkBuffer(new byte[size]);
            link.AppendResourcePath(baseUrl, TestGraph.Cards, 1234567);
            link.Append("/relationships/"u8);
            link.Append(TestGraph.Cards.FindRelationship("owner")!.JsonName.EncodedUtf8Bytes);

            Encoding.UTF8.GetString(link.Written).Should().Be($"{baseUrl}/cards/1234567/relationships/owner", $"the buffer started at {size} bytes");
        }
    }
}
