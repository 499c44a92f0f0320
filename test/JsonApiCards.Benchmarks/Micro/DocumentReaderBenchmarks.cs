using System.Text;
using BenchmarkDotNet.Attributes;
using JsonApiCards.JsonApi.Documents;
using JsonApiCards.JsonApi.Services;

namespace JsonApiCards.Benchmarks.Micro;

/// <summary>Reading the body of a POST that creates a credit card.</summary>
[MemoryDiagnoser]
public class DocumentReaderBenchmarks : IDisposable
{
    private readonly CardsServiceFixture _fixture = new();
    private readonly ReadOnlyMemory<byte> _createDocument = Encoding.UTF8.GetBytes(
        """
        {"data":{"type":"credit_cards","attributes":{"first_name":"John","last_name":"Smith","number":"4111111111111111",
        "month":"10","year":"2030","verification_value":"123","reference":"ANYREFEFERNCE","metadata":{"foo":"bar","tier":2}},
        "relationships":{"order":{"data":{"type":"orders","id":"7"}}}}}
        """);

    [Benchmark]
    public ResourceRequest Create_document() => DocumentReader.ReadResource(_createDocument, _fixture.CreditCards, expectedId: null);

    public void Dispose()
    {
        _fixture.Dispose();
        GC.SuppressFinalize(this);
    }
}
