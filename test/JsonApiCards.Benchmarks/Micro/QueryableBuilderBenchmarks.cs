using System.Linq.Expressions;
using BenchmarkDotNet.Attributes;
using JsonApiCards.Api.CreditCards;
using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.Queries.QueryableBuilding;

namespace JsonApiCards.Benchmarks.Micro;

/// <summary>Turning a parsed complex filter (and a whole query layer) into the LINQ expression EF Core translates.</summary>
[MemoryDiagnoser]
public class QueryableBuilderBenchmarks : IDisposable
{
    private readonly CardsServiceFixture _fixture = new();
    private readonly IQueryable<CreditCard> _source = Array.Empty<CreditCard>().AsQueryable();
    private QueryLayer _jsonApiLayer = null!;
    private QueryLayer _ransackLayer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _jsonApiLayer = _fixture.ReadCreditCardQuery(("filter", BenchmarkQueries.ComplexJsonApiFilter), ("sort", "-created_at"), ("page[size]", "25"));
        _ransackLayer = _fixture.ReadCreditCardQuery([.. BenchmarkQueries.ComplexRansackFilter, ("sort", "-created_at"), ("page[size]", "25")]);
    }

    [Benchmark]
    public LambdaExpression Filter_predicate_JsonApiDotNetCore_dialect() => FilterClauseBuilder.BuildPredicate(_jsonApiLayer.Filter!, typeof(CreditCard), scopes: null);

    [Benchmark]
    public LambdaExpression Filter_predicate_Ransack_dialect() => FilterClauseBuilder.BuildPredicate(_ransackLayer.Filter!, typeof(CreditCard), scopes: null);

    [Benchmark]
    public Expression Whole_layer_filter_sort_page() => _source.ApplyFilter(_jsonApiLayer.Filter).ApplySort(_jsonApiLayer.Sort, _jsonApiLayer.ResourceType).ApplyPagination(_jsonApiLayer.Pagination).Expression;

    public void Dispose()
    {
        _fixture.Dispose();
        GC.SuppressFinalize(this);
    }
}
