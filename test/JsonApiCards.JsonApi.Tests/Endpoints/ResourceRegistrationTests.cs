using System.Linq.Expressions;
using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Endpoints;
using JsonApiCards.JsonApi.Tests.TestModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.JsonApi.Tests.Endpoints;

/// <summary>
/// A resource is added with its definition in one call, and <c>MapJsonApiResources</c> refuses to start an application
/// in which any resource would be served without its definition's caller scope.
/// </summary>
public sealed class ResourceRegistrationTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    [Fact]
    public async Task Resources_added_as_unscoped_start_and_get_their_routes()
    {
        // Arrange
        await using WebApplication app = Build(resources => resources.AddUnscoped<Card>().AddUnscoped<Customer>().AddUnscoped<Order>().AddUnscoped<AuditEvent>());

        // Act
        app.MapJsonApiResources();

        // Assert
        RouteNames(app).Should().Contain(["list_cards", "get_customers", "create_orders", "delete_audit_events"]);
    }

    [Fact]
    public async Task A_resource_whose_definition_has_no_caller_scope_stops_start_up_naming_the_resource_and_its_definition()
    {
        // Arrange
        await using WebApplication app = Build(resources => resources.Add<Card, ScopelessCardDefinition>().AddUnscoped<Customer>().AddUnscoped<Order>().AddUnscoped<AuditEvent>());

        // Act
        Action start = () => app.MapJsonApiResources();

        // Assert
        start.Should().Throw<InvalidOperationException>()
            .WithMessage("The definition ScopelessCardDefinition of the resource 'cards' (Card) gives no caller scope*AddUnscoped<Card>()*");
    }

    [Fact]
    public async Task A_resource_whose_definition_was_taken_away_stops_start_up_naming_the_resource()
    {
        // Arrange
        await using WebApplication app = Build(
            resources => resources.Add<Card, CardScopedDefinition>().AddUnscoped<Customer>().AddUnscoped<Order>().AddUnscoped<AuditEvent>(),
            services => services.Remove(services.Single(service => service.ServiceType == typeof(IResourceDefinition<Card>))));

        // Act
        Action start = () => app.MapJsonApiResources();

        // Assert
        start.Should().Throw<InvalidOperationException>().WithMessage("The resource 'cards' (Card) has no resource definition*");
    }

    [Fact]
    public void A_resource_added_twice_is_refused()
    {
        // Act
        Action add = () => new ServiceCollection().AddJsonApi<TestDbContext>(resources => resources.Add<Card, CardScopedDefinition>().AddUnscoped<Card>());

        // Assert
        add.Should().Throw<InvalidOperationException>().WithMessage("The resource 'Card' is added twice*");
    }

    [Fact]
    public async Task A_resource_with_a_scoped_definition_starts()
    {
        // Arrange
        await using WebApplication app = Build(resources => resources.Add<Card, CardScopedDefinition>().AddUnscoped<Customer>().AddUnscoped<Order>().AddUnscoped<AuditEvent>());

        // Act
        app.MapJsonApiResources();

        // Assert
        RouteNames(app).Should().Contain("get_cards");
    }

    public void Dispose() => _connection.Dispose();

    private WebApplication Build(Action<JsonApiResourceBuilder> addResources, Action<IServiceCollection>? change = null)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddDbContext<TestDbContext>(options => options.UseSqlite(_connection));
        builder.Services.AddJsonApi<TestDbContext>(addResources);
        change?.Invoke(builder.Services);
        return builder.Build();
    }

    private static string[] RouteNames(IEndpointRouteBuilder app) =>
        [.. app.DataSources.SelectMany(source => source.Endpoints).Select(endpoint => endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName).OfType<string>()];

    private sealed class ScopelessCardDefinition : JsonApiResourceDefinition<Card>;

    private sealed class CardScopedDefinition : JsonApiResourceDefinition<Card>
    {
        private static readonly Expression<Func<Card, bool>> Open = card => card.ClosedAt == null;

        public override Expression<Func<Card, bool>>? ScopeFilter => Open;
    }
}
