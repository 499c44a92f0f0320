using System.Linq.Expressions;
using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.Queries.QueryableBuilding;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Resources.Annotations;
using JsonApiCards.JsonApi.Tests.TestModel;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using static JsonApiCards.JsonApi.Tests.QueryStrings.QueryStringTestKit;

namespace JsonApiCards.JsonApi.Tests.QueryStrings.Projection;

public sealed class ProjectionTests : IDisposable
{
    private readonly SeededTestDatabase _database = new();
    private readonly ProjectionColumnCatalog _columns;

    public ProjectionTests() => _columns = new ProjectionColumnCatalog(TestGraph.Graph, _database.Context.Model, _ => []);

    private TestDbContext Context => _database.Context;

    private SqliteConnection Connection => _database.Connection;

    [Fact]
    public void A_sparse_fieldset_reads_only_the_id_the_selected_columns_and_the_concurrency_token()
    {
        // Arrange
        QueryLayer layer = Read("fields[cards]=holder_name,order");

        // Act
        IQueryable<Card> query = Context.Cards.ApplyProjection(layer, _columns);
        List<Card> cards = [.. query.OrderBy(card => card.Id)];

        // Assert
        SelectedColumns(query).Should().Equal("Id", "HolderName", "Version");
        cards.Select(card => (card.Id, card.HolderName, card.CardType)).Should().Equal(
            Data.Cards.Select(card => (card.Id, card.HolderName, string.Empty)));
    }

    [Fact]
    public void A_projection_without_includes_is_built_once_per_fieldset_and_one_with_includes_every_time()
    {
        // Act
        LambdaExpression all = SelectClauseBuilder.Build(Read(""), _columns);
        LambdaExpression allAgain = SelectClauseBuilder.Build(Read(""), _columns);
        LambdaExpression names = SelectClauseBuilder.Build(Read("fields[cards]=holder_name"), _columns);
        LambdaExpression namesAgain = SelectClauseBuilder.Build(Read("fields[cards]=holder_name"), _columns);
        LambdaExpression included = SelectClauseBuilder.Build(Read("include=order"), _columns);
        LambdaExpression includedAgain = SelectClauseBuilder.Build(Read("include=order"), _columns);

        // Assert
        allAgain.Should().BeSameAs(all);
        namesAgain.Should().BeSameAs(names).And.NotBeSameAs(all);
        includedAgain.Should().NotBeSameAs(included, "an include carries the caller's scope of the included types, and may carry an include filter with its own parameter values");
    }

    [Fact]
    public void Without_a_fieldset_every_viewable_attribute_is_read_and_write_only_ones_are_not()
    {
        // Arrange
        using var context = ShipmentContext.Create(Connection);

        // Act
        IQueryable<Shipment> query = context.Shipments.ApplyProjection(ReadShipments(""), ShipmentColumns(context));

        // Assert
        SelectedColumns(query).Should().Equal("Id", "Carrier", "Code", "Notes");
        query.Single().Secret.Should().BeNull();
    }

    [Fact]
    public void A_computed_attribute_that_declares_no_dependencies_reads_every_mapped_column()
    {
        // Arrange
        QueryLayer layer = Read("fields[cards]=display_number");

        // Act
        IQueryable<Card> query = Context.Cards.ApplyProjection(layer, _columns);
        List<Card> cards = [.. query.OrderBy(card => card.Id)];

        // Assert
        SelectedColumns(query).Should().BeEquivalentTo(Context.Model.FindEntityType(typeof(Card))!.GetProperties().Select(property => property.Name));
        cards.Select(card => card.DisplayNumber).Should().Equal(Data.Cards.Select(card => card.DisplayNumber));
    }

    [Fact]
    public void A_computed_attribute_reads_the_columns_it_declares()
    {
        // Arrange
        using var context = ShipmentContext.Create(Connection);

        // Act
        IQueryable<Shipment> query = context.Shipments.ApplyProjection(ReadShipments("fields[shipments]=label"), ShipmentColumns(context));

        // Assert
        SelectedColumns(query).Should().Equal("Id", "Carrier", "Code");
        query.Single().Label.Should().Be("DHL 42");
    }

    [Fact]
    public void A_definition_s_required_properties_are_read_whatever_the_fieldset()
    {
        // Arrange
        var columns = new ProjectionColumnCatalog(TestGraph.Graph, Context.Model, type => type == TestGraph.Cards ? [nameof(Card.CardType)] : []);

        // Act
        IQueryable<Card> query = Context.Cards.ApplyProjection(Read("fields[cards]=reference"), columns);

        // Assert
        SelectedColumns(query).Should().Equal("Id", "CardType", "Reference", "Version");
    }

    [Fact]
    public void Included_relationships_are_projected_with_their_own_fieldsets_and_match_linq_to_objects()
    {
        // Arrange
        QueryLayer layer = Read("include=owner,order.customer&fields[cards]=reference&fields[customers]=first_name&fields[orders]=status");

        // Act
        IQueryable<Card> query = Context.Cards.ApplyProjection(layer, _columns);
        List<Card> fromDatabase = [.. query.OrderBy(card => card.Id)];

        // Assert
        string sql = query.ToQueryString();
        sql.Should().Contain("\"FirstName\"").And.Contain("\"Status\"").And.NotContain("\"LastName\"").And.NotContain("\"TotalAmountCents\"").And.NotContain("\"HolderName\"");
        fromDatabase.Should().BeEquivalentTo(Data.Cards.AsQueryable().ApplyProjection(layer, _columns), options => options.WithStrictOrdering());
        fromDatabase[0].Order!.Customer!.FirstName.Should().Be("Alice");
        fromDatabase[2].Order.Should().BeNull();
    }

    [Fact]
    public void An_included_collection_is_read_up_to_one_member_past_the_linkage_limit_in_id_order()
    {
        // Arrange: Alice holds cards 1 and 3, Bob 2 and 4; one past a limit of one is both, one past zero the first.
        var limitOne = new ProjectionColumnCatalog(TestGraph.Graph, Context.Model, _ => []) { MaxToManyLinkage = 1 };
        var limitZero = new ProjectionColumnCatalog(TestGraph.Graph, Context.Model, _ => []) { MaxToManyLinkage = 0 };
        QueryLayer layer = Read("include=cards", TestGraph.Customers);

        // Act
        List<Customer> pastOne = [.. Context.Customers.ApplyProjection(layer, limitOne).OrderBy(customer => customer.Id)];
        List<Customer> pastZero = [.. Context.Customers.ApplyProjection(layer, limitZero).OrderBy(customer => customer.Id)];

        // Assert
        pastOne.Select(customer => string.Join(',', customer.Cards.Select(card => card.Id))).Should().Equal("1,3", "2,4", "");
        pastZero.Select(customer => string.Join(',', customer.Cards.Select(card => card.Id))).Should().Equal("1", "2", "");
    }

    [Fact]
    public void Include_filters_apply_to_included_collections_at_every_depth()
    {
        // Arrange
        QueryLayer layer = Read("include=orders.cards,cards&filter[orders]=greaterThan(total_amount_cents,'1000')&filter[orders.cards]=equals(card_type,'amex')&fields[cards]=card_type", TestGraph.Customers);

        // Act
        List<Customer> fromDatabase = [.. Context.Customers.ApplyProjection(layer, _columns).AsSplitQuery().OrderBy(customer => customer.Id)];

        // Assert
        fromDatabase.Should().BeEquivalentTo(Data.Customers.AsQueryable().ApplyProjection(layer, _columns), options => options.WithStrictOrdering());
        fromDatabase.Select(customer => customer.Orders.Select(order => (order.Id, string.Join(',', order.Cards.Select(card => card.Id)))))
            .Should().BeEquivalentTo(new[] { new[] { (11L, "") }, [(13L, "4")], [] }, options => options.WithStrictOrdering());
        fromDatabase[0].Cards.Select(card => card.Id).Should().Equal(1, 3);
    }

    [Fact]
    public void Included_resources_outside_their_type_s_scope_are_left_out_at_every_depth()
    {
        // Arrange: orders are scoped to placed ones, customers to those with an email; cards are not scoped.
        ScopeFilterLookup scopes = Scopes("placed");
        QueryLayer cardsLayer = Read("include=order.customer");
        QueryLayer customersLayer = Read("include=orders", TestGraph.Customers);

        // Act
        List<Card> cards = [.. Context.Cards.ApplyProjection(cardsLayer, _columns, scopes).OrderBy(card => card.Id)];
        List<Customer> customers = [.. Context.Customers.ApplyProjection(customersLayer, _columns, scopes).AsSplitQuery().OrderBy(customer => customer.Id)];

        // Assert
        cards.Should().BeEquivalentTo(Data.Cards.AsQueryable().ApplyProjection(cardsLayer, _columns, scopes), options => options.WithStrictOrdering());
        cards.Select(card => (card.Id, card.Order?.Id, card.Order?.Customer?.Id)).Should().Equal(
            Data.Cards.Select(card => (card.Id, card.Order?.Status == "placed" ? card.Order.Id : (long?)null, card.Order is { Status: "placed", Customer.Email: not null } ? card.Order.Customer.Id : (long?)null)));
        customers.Should().BeEquivalentTo(Data.Customers.AsQueryable().ApplyProjection(customersLayer, _columns, scopes), options => options.WithStrictOrdering());
        customers.Select(customer => string.Join(',', customer.Orders.Select(order => order.Id))).Should().Equal(
            Data.Customers.Select(customer => string.Join(',', customer.Orders.Where(order => order.Status == "placed").Select(order => order.Id))));
    }

    [Fact]
    public void A_scope_s_captured_values_are_sent_as_parameters_so_one_translation_serves_every_caller()
    {
        // Act
        string placed = Context.Cards.ApplyProjection(Read("include=order"), _columns, Scopes("placed")).ToQueryString();
        string cancelled = Context.Cards.ApplyProjection(Read("include=order"), _columns, Scopes("cancelled")).ToQueryString();

        // Assert
        string Statement(string sql) => sql[sql.IndexOf("SELECT", StringComparison.Ordinal)..];
        Statement(placed).Should().Be(Statement(cancelled)).And.NotContain("placed");
        placed.Should().Contain("'placed'", "the value is bound to a parameter");
    }

    /// <summary>Orders in <paramref name="orderStatus"/> and customers with an email; the status is captured, as a caller's mode would be.</summary>
    private static ScopeFilterLookup Scopes(string orderStatus)
    {
        Expression<Func<Order, bool>> orders = order => order.Status == orderStatus;
        Expression<Func<Customer, bool>> customers = customer => customer.Email != null;
        return type => type == TestGraph.Orders ? orders : type == TestGraph.Customers ? customers : null;
    }

    [Fact]
    public void A_required_property_the_model_does_not_map_is_refused_when_the_catalog_is_built_naming_why_it_is_read()
    {
        // Act
        Action build = () => _ = new ProjectionColumnCatalog(TestGraph.Graph, Context.Model, type => type == TestGraph.Cards ? [nameof(Card.DisplayNumber)] : []);

        // Assert
        build.Should().Throw<InvalidOperationException>()
            .WithMessage("'Card.DisplayNumber' (required by the resource definition) is not a writable property mapped by the EF Core model.");
    }

    [Fact]
    public void A_dependency_that_is_not_a_property_is_refused_when_the_graph_is_built()
    {
        // Act
        Action build = () => new ResourceGraphBuilder().Add<MisdeclaredShipment>().Build();

        // Assert
        build.Should().Throw<InvalidOperationException>().WithMessage("Attribute 'MisdeclaredShipment.Label' depends on 'Missing', which is not a public property of 'MisdeclaredShipment'.");
    }

    private static readonly ResourceGraph ShipmentGraph = new ResourceGraphBuilder().Add<Shipment>().Build();

    private static QueryLayer ReadShipments(string queryString) => Read(queryString, ShipmentGraph.GetResourceType<Shipment>());

    private static ProjectionColumnCatalog ShipmentColumns(ShipmentContext context) => new(ShipmentGraph, context.Model, _ => []);

    /// <summary>The column names of the outermost SELECT, in order.</summary>
    private static IEnumerable<string> SelectedColumns(IQueryable query)
    {
        string sql = query.ToQueryString();
        string selectList = sql[(sql.IndexOf("SELECT ", StringComparison.Ordinal) + 7)..sql.IndexOf("\nFROM", StringComparison.Ordinal)];
        return selectList.Split(", ").Select(column => column.Split('.')[^1].Trim('"'));
    }

    public void Dispose() => _database.Dispose();

    [Resource("shipments")]
    public sealed class Shipment : IIdentifiable
    {
        public long Id { get; set; }

        [Attr]
        public string Carrier { get; set; } = string.Empty;

        [Attr]
        public string Code { get; set; } = string.Empty;

        [Attr]
        public string Notes { get; set; } = string.Empty;

        [Attr(Capabilities = AttrCapabilities.AllowCreate)]
        public string? Secret { get; set; }

        [Attr(Capabilities = AttrCapabilities.AllowView, DependsOn = [nameof(Carrier), nameof(Code)])]
        public string Label => $"{Carrier} {Code}";
    }

    [Resource("misdeclared_shipments")]
    public sealed class MisdeclaredShipment : IIdentifiable
    {
        public long Id { get; set; }

        [Attr]
        public string Carrier { get; set; } = string.Empty;

        [Attr(Capabilities = AttrCapabilities.AllowView, DependsOn = ["Missing"])]
        public string Label => Carrier;
    }

    private sealed class ShipmentContext(DbContextOptions<ShipmentContext> options) : DbContext(options)
    {
        public DbSet<Shipment> Shipments => Set<Shipment>();

        public static ShipmentContext Create(SqliteConnection connection)
        {
            var context = new ShipmentContext(new DbContextOptionsBuilder<ShipmentContext>().UseSqlite(connection).Options);
            context.Database.ExecuteSqlRaw("CREATE TABLE Shipments (Id INTEGER PRIMARY KEY, Carrier TEXT NOT NULL, Code TEXT NOT NULL, Notes TEXT NOT NULL, Secret TEXT); INSERT INTO Shipments VALUES (1, 'DHL', '42', 'fragile', 'x');");
            return context;
        }
    }
}
