using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Resources.Annotations;
using JsonApiCards.JsonApi.Services;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.JsonApi.Tests.Services;

/// <summary>
/// A to-many whose members need their to-one back (<c>[HasOne(IsRequired = true)]</c>) may still allow removing members;
/// a member cannot leave it, as clearing that to-one on the member is refused, and nothing is written.
/// </summary>
public sealed class RequiredInverseTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly ServiceProvider _services;

    public RequiredInverseTests()
    {
        _connection.Open();
        var services = new ServiceCollection();
        services.AddDbContext<BasketDbContext>(options => options.UseSqlite(_connection));
        services.AddJsonApi<BasketDbContext>(resources => resources.AddUnscoped<Basket>().AddUnscoped<BasketItem>());
        _services = services.BuildServiceProvider();

        using var scope = _services.CreateScope();
        var dbContext = scope.ServiceProvider.GetRequiredService<BasketDbContext>();
        dbContext.Database.EnsureCreated();
        dbContext.Add(new Basket { Id = 1, Items = [new BasketItem { Id = 1 }, new BasketItem { Id = 2 }] });
        dbContext.SaveChanges();
    }

    [Fact]
    public async Task Removing_a_member_is_a_422_pointing_at_it_and_keeps_every_member()
    {
        var remove = () => ChangeAsync(service => service.RemoveFromRelationshipAsync(1, Items(2), CancellationToken.None));

        var refusal = await remove.Should().ThrowAsync<JsonApiException>();
        refusal.Which.Errors.Select(error => (error.Code, error.Pointer)).Should().Equal((ErrorCodes.RelationshipRequired, "/data/0"));
        (await BasketOfItemsAsync()).Should().Equal(1L, 1L);
    }

    [Fact]
    public async Task Replacing_the_members_is_a_422_pointing_at_the_linkage_for_those_left_out()
    {
        var replace = () => ChangeAsync(service => service.SetRelationshipAsync(1, Items(1), CancellationToken.None));

        var refusal = await replace.Should().ThrowAsync<JsonApiException>();
        refusal.Which.Errors.Select(error => (error.Code, error.Pointer)).Should().Equal((ErrorCodes.RelationshipRequired, "/data"));
        (await BasketOfItemsAsync()).Should().Equal(1L, 1L);
    }

    private RelationshipRequest Items(params long[] ids) =>
        new(_services.GetRequiredService<ResourceGraph>().GetResourceType<Basket>().FindRelationship("items")!, ids, "/data");

    private async Task ChangeAsync(Func<JsonApiResourceService<Basket>, Task> change)
    {
        await using var scope = _services.CreateAsyncScope();
        await change(scope.ServiceProvider.GetRequiredService<JsonApiResourceService<Basket>>());
    }

    private async Task<List<long?>> BasketOfItemsAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BasketDbContext>().Set<BasketItem>().OrderBy(item => item.Id).Select(item => item.BasketId).ToListAsync();
    }

    public void Dispose()
    {
        _services.Dispose();
        _connection.Dispose();
    }

    [Resource("baskets")]
    public sealed class Basket : IIdentifiable
    {
        public long Id { get; set; }

        [HasMany]
        public List<BasketItem> Items { get; set; } = [];
    }

    [Resource("basket_items")]
    public sealed class BasketItem : IIdentifiable
    {
        public long Id { get; set; }

        [HasOne(IsRequired = true)]
        public Basket? Basket { get; set; }

        public long? BasketId { get; set; }
    }

    private sealed class BasketDbContext(DbContextOptions<BasketDbContext> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder) =>
            modelBuilder.Entity<BasketItem>().HasOne(item => item.Basket).WithMany(basket => basket.Items).HasForeignKey(item => item.BasketId);
    }
}
