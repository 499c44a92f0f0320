using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using JsonApiCards.JsonApi.Documents;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Tests.TestModel;
using static JsonApiCards.JsonApi.Tests.Properties.DocumentGenerators;

namespace JsonApiCards.JsonApi.Tests.Properties;

/// <summary>
/// Properties of the document reader over generated request bodies; a failure names the CsCheck seed that reproduces it.
/// </summary>
public sealed class DocumentReaderProperties
{
    private const long UpdatedId = 7;

    private static readonly Gen<(JsonObject Document, long? Id)> ValidDocuments = Gen.Bool.SelectMany(isUpdate =>
        Document(TestGraph.Cards, isUpdate ? UpdatedId : null).Select(document => (document, isUpdate ? (long?)UpdatedId : null)));

    [Fact]
    public void Every_generated_valid_document_is_read()
    {
        ValidDocuments.Sample((document, id) =>
        {
            DocumentReader.ReadResource(Encoding.UTF8.GetBytes(document.ToJsonString()), TestGraph.Cards, id);
        }, iter: 2_000, print: sample => sample.Item1.ToJsonString());
    }

    [Fact]
    public void Reading_a_mutated_document_fails_only_with_the_layers_own_4xx()
    {
        Gen.Select(Mutated(Document(TestGraph.Cards, null)), Gen.OneOf<long?>(null, UpdatedId)).Sample((body, id) =>
        {
            ReadsOrRefusesWith4xx(() => DocumentReader.ReadResource(body, TestGraph.Cards, id));
            ReadsOrRefusesWith4xx(() => DocumentReader.ReadRelationship(body, TestGraph.Cards.FindRelationship("owner")!));
            ReadsOrRefusesWith4xx(() => DocumentReader.ReadRelationship(body, TestGraph.Customers.FindRelationship("orders")!));
        }, iter: 5_000, print: sample => Encoding.UTF8.GetString(sample.Item1));
    }

    private static void ReadsOrRefusesWith4xx(Action read)
    {
        try
        {
            read();
        }
        catch (JsonApiException exception)
        {
            ((int)exception.Status).Should().BeInRange(400, 499, exception.Errors[0].Detail);
        }
    }
}
