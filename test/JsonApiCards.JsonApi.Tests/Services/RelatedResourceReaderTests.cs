using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.Queries.Keyset;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Services;
using JsonApiCards.JsonApi.Tests.TestModel;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.JsonApi.Tests.Services;

/// <summary>
/// Related resources and linkage are read through the left resource, in SQL: 404 only when the left resource is not
/// there, an empty relationship otherwise. Alice (1) holds cards 1 and 3 and order 11; Bob (2) cards 2 and 4 and orders
/// 12 and 13; Carol (3) nothing. Card 3 belongs to no order.
/// </summary>
public sealed class RelatedResourceReaderTests : IDisposable
{
    private const long Missing = 99;

    private readonly SqliteConnection _connection = LayerOverTestModel.OpenSeeded();
    private readonly ServiceProvider _services;
    private readonly AsyncServiceScope _scope;

    public RelatedResourceReaderTests()
    {
        var services = new ServiceCollection();
        services.AddLayerOverTestModel(options => options.UseSqlite(_connection), configure: options => options.MaxToManyLinkage = 1);
        _services = services.BuildServiceProvider();
        _scope = _services.CreateAsyncScope();
    }

    private RelatedResourceReader Reader => _services.GetRequiredService<RelatedResourceReader>();

    private IQueryable<Customer> Customers => _scope.ServiceProvider.GetRequiredService<TestDbContext>().Customers.AsNoTracking();

    private IQueryable<Card> Cards => _scope.ServiceProvider.GetRequiredService<TestDbContext>().Cards.AsNoTracking();

    [Fact]
    public async Task A_to_many_relationship_is_counted_and_paged_with_the_query_of_the_related_type()
    {
        var (page, count) = await Reader.ReadCollectionAsync(Customers, 2, Relationship<Customer>("cards"), Layer<Card>("sort=-id&page[size]=1"), _scope.ServiceProvider, CancellationToken.None);

        IdsOf(page).Should().Equal(4L);
        count.Should().Be(2);
    }

    [Theory]
    [InlineData(3, "")]
    [InlineData(1, "filter=equals(card_type,'amex')")]
    public async Task An_empty_to_many_relationship_of_an_existing_resource_is_an_empty_page(long customerId, string queryString)
    {
        var (page, count) = await Reader.ReadCollectionAsync(Customers, customerId, Relationship<Customer>("cards"), Layer<Card>(queryString), _scope.ServiceProvider, CancellationToken.None);

        page.Should().BeEmpty();
        count.Should().Be(0);
    }

    [Fact]
    public async Task A_cursor_page_of_a_to_many_relationship_says_whether_more_follow()
    {
        KeysetPage<object> first = await Reader.ReadCursorPageAsync(Customers, 2, Relationship<Customer>("cards"), Layer<Card>("sort=id"), new KeysetRequest(ById, null, Backward: false, PageSize: 1), _scope.ServiceProvider, CancellationToken.None);
        KeysetPage<object> empty = await Reader.ReadCursorPageAsync(Customers, 3, Relationship<Customer>("cards"), Layer<Card>("sort=id"), new KeysetRequest(ById, null, Backward: false, PageSize: 1), _scope.ServiceProvider, CancellationToken.None);

        IdsOf(first.Resources).Should().Equal(2L);
        first.HasMore.Should().BeTrue();
        empty.Resources.Should().BeEmpty();
        empty.HasMore.Should().BeFalse();
    }

    [Fact]
    public async Task A_to_one_relationship_reads_the_resource_it_points_at_or_null()
    {
        object? owner = await Reader.ReadSingleAsync(Cards, 1, Relationship<Card>("owner"), Layer<Customer>(string.Empty, isCollection: false), _scope.ServiceProvider, CancellationToken.None);
        object? noOrder = await Reader.ReadSingleAsync(Cards, 3, Relationship<Card>("order"), Layer<Order>(string.Empty, isCollection: false), _scope.ServiceProvider, CancellationToken.None);

        owner.Should().BeOfType<Customer>().Which.LastName.Should().Be("Smith");
        noOrder.Should().BeNull();
    }

    [Fact]
    public async Task Linkage_is_the_related_ids_in_id_order_one_past_the_linkage_limit()
    {
        object? orders = await Reader.ReadLinkageAsync(Customers, 2, Relationship<Customer>("orders"), _scope.ServiceProvider, CancellationToken.None);
        object? none = await Reader.ReadLinkageAsync(Customers, 3, Relationship<Customer>("orders"), _scope.ServiceProvider, CancellationToken.None);
        object? order = await Reader.ReadLinkageAsync(Cards, 1, Relationship<Card>("order"), _scope.ServiceProvider, CancellationToken.None);
        object? noOrder = await Reader.ReadLinkageAsync(Cards, 3, Relationship<Card>("order"), _scope.ServiceProvider, CancellationToken.None);

        IdsOf(orders.Should().BeAssignableTo<IReadOnlyList<object>>().Subject).Should().Equal(12L, 13L);
        none.Should().BeAssignableTo<IReadOnlyList<object>>().Which.Should().BeEmpty();
        order.Should().BeOfType<Order>().Which.Id.Should().Be(11);
        noOrder.Should().BeNull();
    }

    [Fact]
    public async Task Every_read_of_a_missing_left_resource_is_a_404_naming_it()
    {
        (Func<Task> Read, string Type)[] reads =
        [
            (() => Reader.ReadCollectionAsync(Customers, Missing, Relationship<Customer>("cards"), Layer<Card>(string.Empty), _scope.ServiceProvider, CancellationToken.None), "customers"),
            (() => Reader.ReadCursorPageAsync(Customers, Missing, Relationship<Customer>("cards"), Layer<Card>("sort=id"), new KeysetRequest(ById, null, false, 1), _scope.ServiceProvider, CancellationToken.None), "customers"),
            (() => Reader.ReadSingleAsync(Cards, Missing, Relationship<Card>("owner"), Layer<Customer>(string.Empty, isCollection: false), _scope.ServiceProvider, CancellationToken.None), "cards"),
            (() => Reader.ReadLinkageAsync(Cards, Missing, Relationship<Card>("order"), _scope.ServiceProvider, CancellationToken.None), "cards"),
            (() => Reader.ReadLinkageAsync(Customers, Missing, Relationship<Customer>("orders"), _scope.ServiceProvider, CancellationToken.None), "customers"),
        ];

        foreach ((Func<Task> read, string type) in reads)
        {
            ErrorObject error = (await read.Should().ThrowAsync<JsonApiException>()).Which.Errors.Should().ContainSingle().Subject;
            (error.Status, error.Detail).Should().Be((System.Net.HttpStatusCode.NotFound, $"There is no {type} with id '99'."));
        }
    }

    [Fact]
    public async Task Reading_a_relationship_as_the_other_kind_is_a_programming_error()
    {
        Func<Task> collectionOfToOne = () => Reader.ReadCollectionAsync(Cards, 1, Relationship<Card>("owner"), Layer<Customer>(string.Empty), _scope.ServiceProvider, CancellationToken.None);
        Func<Task> singleOfToMany = () => Reader.ReadSingleAsync(Customers, 1, Relationship<Customer>("cards"), Layer<Card>(string.Empty, isCollection: false), _scope.ServiceProvider, CancellationToken.None);

        (await collectionOfToOne.Should().ThrowAsync<InvalidOperationException>()).WithMessage("Relationship 'cards.owner' is not to-many.");
        (await singleOfToMany.Should().ThrowAsync<InvalidOperationException>()).WithMessage("Relationship 'customers.cards' is not to-one.");
    }

    private ResourceGraph Graph => _services.GetRequiredService<ResourceGraph>();

    private KeysetOrder ById => KeysetOrder.Of(Layer<Card>("sort=id").Sort, Graph.GetResourceType<Card>())!;

private QueryLayer Layer<TResource>(string queryString, bool isCollection = true)
        where TResource : class, IIdentifiable => _services.ReadQuery<TResource>(queryString, isCollection);

    private RelationshipField Relationship<TLeft>(string name)
        where TLeft : class, IIdentifiable => Graph.GetResourceType<TLeft>().FindRelationship(name)!;

    private static long[] IdsOf(IEnumerable<object> resources) => [.. resources.Cast<IIdentifiable>().Select(resource => resource.Id)];

    public void Dispose()
    {
        _scope.Dispose();
        _services.Dispose();
        _connection.Dispose();
    }
}
