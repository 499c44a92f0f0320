using BenchmarkDotNet.Attributes;
using JsonApiCards.JsonApi.Queries;
using Microsoft.Extensions.Primitives;

namespace JsonApiCards.Benchmarks.Micro;

/// <summary>Parsing and validating each query-string family of a credit card collection request.</summary>
[MemoryDiagnoser]
public class QueryStringBenchmarks : IDisposable
{
    private readonly CardsServiceFixture _fixture = new();
    private readonly Dictionary<string, StringValues> _none = CardsServiceFixture.Query();
    private readonly Dictionary<string, StringValues> _page = CardsServiceFixture.Query(("page[number]", "3"), ("page[size]", "25"));
    private readonly Dictionary<string, StringValues> _sort = CardsServiceFixture.Query(("sort", "-created_at,card_type"));
    private readonly Dictionary<string, StringValues> _fields = CardsServiceFixture.Query(("fields[credit_cards]", "first_name,last_name,card_type,order"), ("fields[orders]", "number,status"));
    private readonly Dictionary<string, StringValues> _include = CardsServiceFixture.Query(("include", "order.customer"));
    private readonly Dictionary<string, StringValues> _simpleFilter = CardsServiceFixture.Query(("filter[card_type]", "visa"), ("filter[created_at_from]", "2026-01-01"));
    private readonly Dictionary<string, StringValues> _jsonApiFilter = CardsServiceFixture.Query(("filter", BenchmarkQueries.ComplexJsonApiFilter));
    private readonly Dictionary<string, StringValues> _ransackFilter = CardsServiceFixture.Query(BenchmarkQueries.ComplexRansackFilter);

    [Benchmark]
    public QueryLayer No_parameters() => Read(_none);

    [Benchmark]
    public QueryLayer Page() => Read(_page);

    [Benchmark]
    public QueryLayer Sort() => Read(_sort);

    [Benchmark]
    public QueryLayer Sparse_fieldsets() => Read(_fields);

    [Benchmark]
    public QueryLayer Include() => Read(_include);

    [Benchmark]
    public QueryLayer Simple_filters() => Read(_simpleFilter);

    [Benchmark]
    public QueryLayer Complex_filter_JsonApiDotNetCore_dialect() => Read(_jsonApiFilter);

    [Benchmark]
    public QueryLayer Complex_filter_Ransack_dialect() => Read(_ransackFilter);

    public void Dispose()
    {
        _fixture.Dispose();
        GC.SuppressFinalize(this);
    }

    private QueryLayer Read(Dictionary<string, StringValues> query) =>
        _fixture.QueryStrings.Read(query, _fixture.CreditCards, _fixture.CreditCardFilters, isCollection: true);
}
