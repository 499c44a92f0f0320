using JsonApiCards.JsonApi.Documents;
using JsonApiCards.JsonApi.Operations;
using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.Fuzz;

/// <summary>
/// The request body readers: the first byte picks the resource type and what is read (a create, an update of id 1, a
/// relationship endpoint's body, an atomic operations document), the rest is the body.
/// </summary>
internal static class DocumentHarness
{
    public static bool Run(ReadOnlyMemory<byte> input)
    {
        if (input.IsEmpty)
        {
            return false;
        }

        byte selector = input.Span[0];
        ResourceType type = CardsGraph.TypeFor(selector);
        ReadOnlyMemory<byte> body = input[1..];
        return ExpectedRefusal.Around(() =>
        {
            switch ((selector >> 2) % 4)
            {
                case 0:
                    DocumentReader.ReadResource(body, type, expectedId: null);
                    break;
                case 1:
                    DocumentReader.ReadResource(body, type, expectedId: 1);
                    break;
                case 2:
                    DocumentReader.ReadRelationship(body, type.Relationships[(selector >> 4) % type.Relationships.Count]);
                    break;
                default:
                    using (var document = DocumentReader.Parse(body))
                    {
                        AtomicDocumentReader.Read(document, CardsGraph.Graph, CardsGraph.Options.MaxAtomicOperations);
                    }

                    break;
            }
        });
    }
}
