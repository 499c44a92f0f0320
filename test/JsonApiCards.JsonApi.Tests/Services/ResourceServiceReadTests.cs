using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Queries.Expressions;
using JsonApiCards.JsonApi.Queries.Keyset;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Services;
using JsonApiCards.JsonApi.Tests.TestModel;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.JsonApi.Tests.Services;

/// <summary>
/// The service reads pages with their count, cursor pages and single resources in SQL. Visa cards are 1 and 3; Bob's cards
/// (2 and 4) are the ones whose owner has a cancelled order.
/// </summary>
public sealed class ResourceServiceReadTests : IDisposable
{
    private const string BobsCards = "filter=has(owner.orders,equals(status,'cancelled'))";

    // Each context opens a connection of its own, as in production; this one keeps the shared in-memory database alive.
    private readonly string _connectionString = $"Data Source=file:{Guid.NewGuid():N}?mode=memory&cache=shared";
    private readonly SqliteConnection _connection;
    private readonly StatementCounter _statements = new();
    private readonly ServiceProvider _services;
    private readonly AsyncServiceScope _scope;

    public ResourceServiceReadTests()
    {
        _connection = LayerOverTestModel.OpenSeeded(_connectionString);
        var services = new ServiceCollection();
        services.AddLayerOverTestModel(options => options.UseSqlite(_connectionString).AddInterceptors(_statements));
        services.AddScoped<IResourceDefinition<Card>, CountingDefinition>();
        _services = services.BuildServiceProvider();
        _scope = _services.CreateAsyncScope();
    }

    private JsonApiResourceService<Card> Service => _scope.ServiceProvider.GetRequiredService<JsonApiResourceService<Card>>();

    private CountingDefinition Definition => (CountingDefinition)_scope.ServiceProvider.GetRequiredService<IResourceDefinition<Card>>();

    [Theory]
    [InlineData("filter=equals(card_type,'visa')&sort=-id&page[size]=1", new long[] { 3 }, 2)]
    [InlineData("filter=equals(card_type,'visa')&page[number]=3&page[size]=1", new long[0], 2)]
    [InlineData("filter=equals(card_type,'diners')", new long[0], 0)]
    [InlineData(BobsCards + "&page[size]=1", new long[] { 2 }, 2)]
    [InlineData(BobsCards + "&page[number]=2&page[size]=1", new long[] { 4 }, 2)]
    public async Task A_page_is_read_with_the_count_of_every_match(string queryString, long[] expectedIds, long expectedCount)
    {
        var (page, count) = await Service.GetPageAsync(Query(queryString), CancellationToken.None);

        page.Select(card => card.Id).Should().Equal(expectedIds);
        count.Should().Be(expectedCount);
    }

    [Theory]
    [InlineData("filter=equals(card_type,'diners')")]
    [InlineData("page[number]=5&page[size]=1")]
    [InlineData("page[number]=2&page[size]=4")]
    public async Task A_count_that_leaves_the_page_empty_saves_the_page_statement(string queryString)
    {
        var (page, _) = await Service.GetPageAsync(Query(queryString), CancellationToken.None);

        page.Should().BeEmpty();
        _statements.Count.Should().Be(1);
    }

    [Fact]
    public async Task Inside_a_transaction_a_filter_through_a_to_many_relationship_is_counted_on_the_transactions_connection()
    {
        TestDbContext context = _scope.ServiceProvider.GetRequiredService<TestDbContext>();
        await using var transaction = await context.Database.BeginTransactionAsync();
        context.Cards.Add(new Card { Id = 5, Reference = "N1", CardType = "visa", OwnerId = 2 });
        await context.SaveChangesAsync();

        var (page, count) = await Service.GetPageAsync(Query(BobsCards + "&page[size]=1&sort=-id"), CancellationToken.None);

        page.Select(card => card.Id).Should().Equal(5L);
        count.Should().Be(3);
    }

    [Fact]
    public async Task A_count_the_definition_knows_is_used_as_it_is()
    {
        Definition.KnownCount = 42;

        var (page, count) = await Service.GetPageAsync(Query(BobsCards + "&page[size]=1"), CancellationToken.None);

        page.Select(card => card.Id).Should().Equal(2L);
        count.Should().Be(42);
        Definition.CountedFilter.Should().Be("has(owner.orders,equals(status,'cancelled'))");
    }

    [Fact]
    public async Task A_known_count_of_zero_reads_no_page()
    {
        Definition.KnownCount = 0;

        var (page, count) = await Service.GetPageAsync(Query(string.Empty), CancellationToken.None);

        page.Should().BeEmpty();
        count.Should().Be(0);
    }

    [Fact]
    public async Task A_cursor_page_reads_one_past_its_size_to_say_whether_more_follow()
    {
        KeysetOrder byId = KeysetOrder.Of(Query("sort=id").Layer.Sort, Service.ResourceType)!;

        KeysetPage<Card> page = await Service.GetCursorPageAsync(Query("sort=id"), new KeysetRequest(byId, null, Backward: false, PageSize: 3), CancellationToken.None);

        page.Resources.Select(card => card.Id).Should().Equal(1L, 2L, 3L);
        page.HasMore.Should().BeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData("filter=equals(card_type,'visa')")]
    public async Task A_resource_is_read_by_id(string queryString)
    {
        Card card = await Service.GetAsync(3, Query(queryString, isCollection: false), CancellationToken.None);

        (card.Id, card.Reference).Should().Be((3L, "B1"));
    }

    [Theory]
    [InlineData(99, "")]
    [InlineData(1, "filter=equals(card_type,'amex')")]
    public async Task A_resource_that_is_missing_or_filtered_out_is_a_404(long id, string queryString)
    {
        Func<Task> read = () => Service.GetAsync(id, Query(queryString, isCollection: false), CancellationToken.None);

        ErrorObject error = (await read.Should().ThrowAsync<JsonApiException>()).Which.Errors.Should().ContainSingle().Subject;
        (error.Status, error.Detail).Should().Be((System.Net.HttpStatusCode.NotFound, $"There is no cards with id '{id}'."));
    }

    private ResourceQuery<Card> Query(string queryString, bool isCollection = true) =>
        new(_services.ReadQuery<Card>(queryString, isCollection));

    public void Dispose()
    {
        _scope.Dispose();
        _services.Dispose();
        _connection.Dispose();
    }

    private sealed class StatementCounter : DbCommandInterceptor
    {
        private int _count;

        public int Count => _count;

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }

    /// <summary>Knows the count when told it, as a definition backed by a counter table would.</summary>
    private sealed class CountingDefinition : JsonApiResourceDefinition<Card>
    {
        public long? KnownCount { get; set; }

        public string? CountedFilter { get; private set; }

        public override ValueTask<long?> CountAsync(FilterExpression? filter, CancellationToken cancellationToken)
        {
            CountedFilter = filter?.ToString();
            return ValueTask.FromResult(KnownCount);
        }
    }
}
