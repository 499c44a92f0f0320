using System.Linq.Expressions;
using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Endpoints;
using JsonApiCards.JsonApi.QueryStrings;
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
            .WithMessage("The definition ScopelessCardDefinition of the resource 'cards' (Card) gives no caller scope: its ScopeFilter is null, so every caller would read every row. " +
                "Return what the caller may see from ScopeFilter, or add the resource with AddUnscoped<Card>() if its data belongs to no caller.");
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
        start.Should().Throw<InvalidOperationException>().WithMessage(
            "The resource 'cards' (Card) has no resource definition. Add it with AddJsonApi(resources => resources.Add<Card, TDefinition>()), or with AddUnscoped<Card>() if its data belongs to no caller.");
    }

    [Theory]
    [InlineData(typeof(FieldMisnamingCardDefinition), "The definition FieldMisnamingCardDefinition of the resource 'cards' names a field wrongly: 'Card.OwnerId' is not a field of the resource 'cards'*")]
    [InlineData(typeof(FilterMisnamingCardDefinition), "The definition FilterMisnamingCardDefinition of the resource 'cards' names a field wrongly: The simple filter 'number' of 'cards' is declared wrongly*")]
    [InlineData(typeof(SortMisnamingCardDefinition), "The definition SortMisnamingCardDefinition of the resource 'cards' names a field wrongly: The default sort 'Card.Number' of cards is not a valid sort*")]
    [InlineData(typeof(RequiredPropertyMisnamingCardDefinition), "The definition RequiredPropertyMisnamingCardDefinition of the resource 'cards' names a field wrongly: The required property 'card => card.Order.Status' must read one property of the entity.")]
    public async Task A_definition_that_names_a_field_the_graph_does_not_have_stops_start_up(Type definition, string expectedMessage)
    {
        // Arrange
        await using WebApplication app = Build(
            resources => resources.Add<Card, CardScopedDefinition>().AddUnscoped<Customer>().AddUnscoped<Order>().AddUnscoped<AuditEvent>(),
            services => services.AddScoped(typeof(IResourceDefinition<Card>), definition));

        // Act
        Action start = () => app.MapJsonApiResources();

        // Assert
        start.Should().Throw<InvalidOperationException>().WithMessage(expectedMessage);
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

    private class CardScopedDefinition : JsonApiResourceDefinition<Card>
    {
        private static readonly Expression<Func<Card, bool>> Open = card => card.ClosedAt == null;

        public override Expression<Func<Card, bool>>? ScopeFilter => Open;
    }

    /// <summary>Names the foreign key, which is a property of the entity but no field of the resource.</summary>
    private sealed class FieldMisnamingCardDefinition : CardScopedDefinition
    {
        public static readonly ResourceField<Card> Owner = ResourceField.Of<Card>(card => card.OwnerId);
    }

    private sealed class FilterMisnamingCardDefinition : CardScopedDefinition
    {
        private static readonly IReadOnlyList<SimpleFilter> Filters = [SimpleFilter.For<Card>("number", card => card.Number, SimpleFilterKind.Equals)];

        public override IReadOnlyList<SimpleFilter> SimpleFilters => Filters;
    }

    private sealed class SortMisnamingCardDefinition : CardScopedDefinition
    {
        private static readonly IReadOnlyList<SortKey> ByNumber = [SortKey.By<Card>(card => card.Number)];

        public override IReadOnlyList<SortKey> DefaultSort => ByNumber;
    }

    private sealed class RequiredPropertyMisnamingCardDefinition : CardScopedDefinition
    {
        private static readonly IReadOnlyList<Expression<Func<Card, object?>>> Required = [card => card.Order!.Status];

        public override IReadOnlyList<Expression<Func<Card, object?>>> RequiredProperties => Required;
    }
}
