using JsonApiCards.JsonApi.QueryStrings;
using JsonApiCards.JsonApi.Tests.TestModel;
using Microsoft.Extensions.Primitives;
using static JsonApiCards.JsonApi.Tests.QueryStrings.QueryStringTestKit;

namespace JsonApiCards.JsonApi.Tests.QueryStrings.Parameters;

/// <summary>The reader is public, for hosts that read a query string of their own: a missing argument is refused by name.</summary>
public sealed class QueryStringReaderArgumentTests
{
    private static readonly QueryStringReader Reader = new(Options);

    private static readonly KeyValuePair<string, StringValues>[] Query = [new("sort", "reference")];

    public static TheoryData<string, Action> MissingArguments => new()
    {
        { "options", () => _ = new QueryStringReader(null!) },
        { "resourceType", () => Reader.Read(Query, null!, [], isCollection: true, defaultSort: null, cursorByDefault: false) },
        { "query", () => Reader.ReadForWrite(null!, TestGraph.Cards, []) },
        { "resourceType", () => Reader.ReadForWrite(Query, null!, []) },
        { "simpleFilters", () => Reader.ReadForWrite(Query, TestGraph.Cards, null!) },
    };

    [Theory]
    [MemberData(nameof(MissingArguments))]
    public void A_missing_argument_is_refused_by_name(string parameter, Action read)
    {
        read.Should().Throw<ArgumentNullException>().WithParameterName(parameter);
    }
}
