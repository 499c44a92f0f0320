using System.Collections.Frozen;
using System.Linq.Expressions;
using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.Queries.QueryableBuilding;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Services;
using JsonApiCards.JsonApi.Tests.TestModel;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static JsonApiCards.JsonApi.Tests.QueryStrings.QueryStringTestKit;

namespace JsonApiCards.JsonApi.Tests.Services;

/// <summary>
/// A GET of one resource runs an EF Core compiled query per scope shape and projection, with the scope's values and the
/// id as parameters: each caller still sees only its own scope, and reads of the same shape reuse one compiled query.
/// </summary>
public sealed class CompiledSingleReadTests : IDisposable
{
    private readonly SqliteConnection _connection = LayerOverTestModel.OpenSeeded();
    private readonly ServiceProvider _services;

    public CompiledSingleReadTests()
    {
        _services = ServicesWith<CardTypeScopedDefinition>();
    }

    private CompiledSingleReads Reads => ReadsOf(_services);

    private static IEnumerable<Card> CardsOfType(string cardType) => Data.Cards.Where(card => card.CardType == cardType);

    [Fact]
    public async Task Callers_of_two_scopes_each_read_their_own_resources_and_never_the_others()
    {
        // Arrange
        long[] visaIds = [.. CardsOfType("visa").Select(card => card.Id)];
        long[] amexIds = [.. CardsOfType("amex").Select(card => card.Id)];

        // Act: interleaved, so that each scope's compiled query runs after the other's.
        var visaReads = new List<(long, string)>();
        var amexReads = new List<(long, string)>();
        foreach (long id in visaIds.Concat(amexIds))
        {
            visaReads.Add((id, await ReadTypeOrMissingAsync("visa", id)));
            amexReads.Add((id, await ReadTypeOrMissingAsync("amex", id)));
        }

        // Assert
        visaReads.Should().Equal(visaIds.Select(id => (id, "visa")).Concat(amexIds.Select(id => (id, "missing"))));
        amexReads.Should().Equal(visaIds.Select(id => (id, "missing")).Concat(amexIds.Select(id => (id, "amex"))));
        Reads.CompiledCount.Should().Be(1, "one compiled query per scope shape and projection, which both card types' scope instances share");
    }

    [Fact]
    public async Task A_scope_instance_whose_captured_value_changes_is_read_afresh_on_every_call()
    {
        // Arrange: one scope instance for every caller, reading the caller's card type through a captured holder.
        await using ServiceProvider provider = ServicesWith<HeldScopeDefinition>();
        Card visa = CardsOfType("visa").First();
        Card amex = CardsOfType("amex").First();

        // Act
        string visaAsVisa = await ReadTypeOrMissingAsync(provider, () => HeldScopeDefinition.Holder.Value = "visa", visa.Id);
        string visaAsAmex = await ReadTypeOrMissingAsync(provider, () => HeldScopeDefinition.Holder.Value = "amex", visa.Id);
        string amexAsAmex = await ReadTypeOrMissingAsync(provider, () => HeldScopeDefinition.Holder.Value = "amex", amex.Id);

        // Assert
        (visaAsVisa, visaAsAmex, amexAsAmex).Should().Be(("visa", "missing", "amex"));
        ReadsOf(provider).CompiledCount.Should().Be(1);
    }

    [Fact]
    public async Task The_same_fieldset_reuses_its_compiled_query_and_another_fieldset_gets_its_own()
    {
        // Arrange
        Card visa = CardsOfType("visa").First();

        // Act
        await ReadAsync("visa", visa.Id, "");
        await ReadAsync("visa", visa.Id, "");
        int afterAll = Reads.CompiledCount;
        Card names = await ReadAsync("visa", visa.Id, "fields[cards]=holder_name");
        await ReadAsync("visa", visa.Id, "fields[cards]=holder_name");
        int afterNames = Reads.CompiledCount;

        // Assert
        (afterAll, afterNames).Should().Be((1, 2));
        (names.Id, names.HolderName, names.CardType, names.Reference).Should().Be((visa.Id, visa.HolderName, string.Empty, string.Empty));
    }

    [Fact]
    public async Task A_projection_built_for_one_request_alone_is_not_compiled()
    {
        // Arrange: the shared projections are full, so every request for a new fieldset builds its own projection instance.
        var columns = _services.GetRequiredService<ProjectionColumnCatalog>();
        Expression<Func<Card, Card>> anyProjection = card => card;
        for (int index = 0; index < ProjectionCache.Capacity; index++)
        {
            columns.Projections.TryGetShared(TestGraph.Customers, $"filler_{index}", () => anyProjection, out _);
        }

        Card visa = CardsOfType("visa").First();

        // Act
        Card first = await ReadAsync("visa", visa.Id, "fields[cards]=holder_name");
        Card second = await ReadAsync("visa", visa.Id, "fields[cards]=holder_name");

        // Assert
        Reads.CompiledCount.Should().Be(0, "a compiled query of a projection no later request reuses costs a compilation per request");
        (second.Id, second.HolderName, second.CardType).Should().Be((first.Id, visa.HolderName, string.Empty));
    }

    [Fact]
    public async Task Scope_instances_built_per_caller_share_the_compiled_query_of_their_shape_and_each_reads_its_own_values()
    {
        // Arrange: a definition that makes a new scope instance per request, each capturing its caller, more than the shape capacity.
        ResourceType cards = _services.GetRequiredService<ResourceGraph>().GetResourceType<Card>();
        Expression<Func<Card, Card>> projection = card => card;
        Card[] all = [.. Data.Cards];
        Expression<Func<Card, bool>>[] scopes = [.. Enumerable.Range(0, CompiledSingleReads.ScopeCapacity + 1).Select(caller => ScopeOfCaller(all[caller % all.Length].Id))];

        // Act: each instance reads the card its caller may not see, interleaved with the others.
        var reads = scopes.Select(scope => Reads.Get<Card>(cards, scope, projection)).ToList();
        var found = new List<bool>();
        await using AsyncServiceScope services = _services.CreateAsyncScope();
        var context = services.ServiceProvider.GetRequiredService<TestDbContext>();
        for (int caller = 0; caller < reads.Count; caller++)
        {
            Card hidden = all[caller % all.Length], visible = all[(caller + 1) % all.Length];
            found.Add(await reads[caller]!(context, hidden.Id, CancellationToken.None) is not null);
            found.Add(await reads[caller]!(context, visible.Id, CancellationToken.None) is null);
        }

        // Assert
        reads.Should().AllSatisfy(read => read.Should().NotBeNull());
        found.Should().AllSatisfy(wrong => wrong.Should().BeFalse());
        Reads.CompiledCount.Should().Be(1, "every instance has the same shape");
    }

    [Fact]
    public void Past_the_shape_capacity_the_least_recently_used_shape_makes_room_and_a_new_shape_is_still_compiled()
    {
        // Arrange: shapes that differ in a constant, one more than the capacity.
        ResourceType cards = _services.GetRequiredService<ResourceGraph>().GetResourceType<Card>();
        Expression<Func<Card, Card>> projection = card => card;
        Expression<Func<Card, bool>>[] shapes = [.. Enumerable.Range(0, CompiledSingleReads.ScopeCapacity + 2).Select(ShapeNotOfId)];

        // Act
        bool[] compiled = [.. shapes.Select(shape => Reads.Get<Card>(cards, shape, projection) is not null)];

        // Assert
        compiled.Should().AllSatisfy(read => read.Should().BeTrue());
        Reads.CompiledCount.Should().Be(CompiledSingleReads.ScopeCapacity + 2);
        Reads.Get<Card>(cards, shapes[^1], projection).Should().NotBeNull();
        Reads.CompiledCount.Should().Be(CompiledSingleReads.ScopeCapacity + 2, "a shape still kept reuses its compiled read");
    }

    [Fact]
    public void The_shape_that_makes_room_is_the_least_recently_read_and_it_is_compiled_again_when_it_comes_back()
    {
        // Arrange: as many shapes as the capacity, the first of them read again last.
        ResourceType cards = _services.GetRequiredService<ResourceGraph>().GetResourceType<Card>();
        Expression<Func<Card, Card>> projection = card => card;
        Expression<Func<Card, bool>>[] shapes = [.. Enumerable.Range(0, CompiledSingleReads.ScopeCapacity + 1).Select(ShapeNotOfId)];
        foreach (Expression<Func<Card, bool>> shape in shapes[..^1])
        {
            Reads.Get<Card>(cards, shape, projection);
        }

        Reads.Get<Card>(cards, shapes[0], projection);

        // Act: one shape more than the capacity, then the first and the second shapes again.
        Reads.Get<Card>(cards, shapes[^1], projection);
        int afterNewShape = Reads.CompiledCount;
        Reads.Get<Card>(cards, shapes[0], projection);
        int afterFirst = Reads.CompiledCount;
        Reads.Get<Card>(cards, shapes[1], projection).Should().NotBeNull();

        // Assert
        afterNewShape.Should().Be(CompiledSingleReads.ScopeCapacity + 1);
        afterFirst.Should().Be(afterNewShape, "the first shape was read after the second, so the second made room");
        Reads.CompiledCount.Should().Be(afterNewShape + 1, "the second shape was dropped, so its read is compiled again");
    }

    [Fact]
    public void Projections_past_the_limit_of_a_scope_get_no_compiled_read_and_those_within_keep_theirs()
    {
        // Arrange
        ResourceType cards = _services.GetRequiredService<ResourceGraph>().GetResourceType<Card>();
        Expression<Func<Card, bool>> scope = ScopeOfCaller(0);
        Expression<Func<Card, Card>>[] projections = [.. Enumerable.Range(0, CompiledSingleReads.ProjectionsPerScope + 1).Select(_ => (Expression<Func<Card, Card>>)(card => card))];

        // Act
        bool[] compiled = [.. projections.Select(projection => Reads.Get<Card>(cards, scope, projection) is not null)];

        // Assert
        compiled.Count(read => read).Should().Be(CompiledSingleReads.ProjectionsPerScope);
        compiled[^1].Should().BeFalse();
        Reads.Get<Card>(cards, scope, projections[0]).Should().NotBeNull("a projection within the limit keeps its compiled read");
        Reads.CompiledCount.Should().Be(CompiledSingleReads.ProjectionsPerScope);
    }

    [Fact]
    public async Task A_scope_of_as_many_values_as_a_compiled_query_can_take_is_compiled_and_one_more_is_not()
    {
        // Arrange: twelve captured values, then a thirteenth.
        Card visa = CardsOfType("visa").First();
        long v1 = -1, v2 = -2, v3 = -3, v4 = -4, v5 = -5, v6 = -6, v7 = -7, v8 = -8, v9 = -9, v10 = -10, v11 = -11;
        string cardType = visa.CardType;
        Expression<Func<Card, bool>> twelve = card => card.CardType == cardType && card.Id != v1 && card.Id != v2 && card.Id != v3 && card.Id != v4
            && card.Id != v5 && card.Id != v6 && card.Id != v7 && card.Id != v8 && card.Id != v9 && card.Id != v10 && card.Id != v11;
        Expression<Func<Card, bool>> thirteen = Expression.Lambda<Func<Card, bool>>(
            Expression.AndAlso(twelve.Body, ParameterReplacer.Inline((Expression<Func<Card, bool>>)(card => card.Id != v1), twelve.Parameters[0])), twelve.Parameters);
        ResourceType cards = _services.GetRequiredService<ResourceGraph>().GetResourceType<Card>();
        Expression<Func<Card, Card>> projection = card => card;

        // Act
        var read = Reads.Get<Card>(cards, twelve, projection);
        await using AsyncServiceScope scope = _services.CreateAsyncScope();
        Card? found = read is null ? null : await read(scope.ServiceProvider.GetRequiredService<TestDbContext>(), visa.Id, CancellationToken.None);

        // Assert
        ScopeParameterizer.TryParameterize(twelve)!.Values.Should().HaveCount(ScopeParameterizer.MaxValues);
        found.Should().NotBeNull().And.BeEquivalentTo(new { visa.Id, visa.CardType });
        ScopeParameterizer.TryParameterize(thirteen).Should().BeNull();
        Reads.Get<Card>(cards, thirteen, projection).Should().BeNull();
    }

    [Theory]
    [InlineData("include=order")]
    [InlineData("filter=equals(reference,'A1')")]
    public async Task A_read_with_includes_or_a_filter_takes_the_ordinary_path(string queryString)
    {
        // Arrange
        Card visa = Data.Cards.Single(card => card.Reference == "A1");

        // Act
        Card read = await ReadAsync("visa", visa.Id, queryString);

        // Assert
        read.Reference.Should().Be("A1");
        Reads.CompiledCount.Should().Be(0);
    }

    [Theory]
    [InlineData(nameof(NarrowerApplyScopeDefinition))]
    [InlineData(nameof(ExplicitApplyScopeDefinition))]
    public async Task A_definition_that_scopes_in_its_own_OnApplyScope_takes_the_ordinary_path(string definition)
    {
        // Arrange
        await using ServiceProvider provider = definition == nameof(NarrowerApplyScopeDefinition)
            ? ServicesWith<NarrowerApplyScopeDefinition>()
            : ServicesWith<ExplicitApplyScopeDefinition>();
        Card visa = CardsOfType("visa").First();

        // Act
        string read = await ReadTypeOrMissingAsync(provider, () => { }, visa.Id);

        // Assert: the ScopeFilter alone would let the card through; OnApplyScope (an override or an explicit implementation) does not.
        read.Should().Be("missing");
        ReadsOf(provider).CompiledCount.Should().Be(0);
    }

    [Fact]
    public void A_scope_that_reads_a_navigation_through_Enumerable_is_split()
    {
        long ownerId = 2;
        Expression<Func<Card, bool>> scope = card => card.Order!.Cards.Any(other => other.OwnerId == ownerId);

        ParameterizedScope split = ScopeParameterizer.TryParameterize(scope)!;

        split.Body.ToString().Should().Be("card.Order.Cards.Any(other => (other.OwnerId == Convert(scope_value_0, Nullable`1)))");
        ValuesOf(split).Should().Equal(2L);
    }

    [Fact]
    public void A_scope_that_calls_a_method_is_not_split()
    {
        Expression<Func<Card, bool>> scope = card => card.Reference.Contains("A1", StringComparison.Ordinal);

        ScopeParameterizer.TryParameterize(scope).Should().BeNull();
    }

    [Fact]
    public void A_scope_is_split_into_a_template_and_the_values_it_captures()
    {
        // Arrange
        string cardType = "visa";
        int month = 6;
        Expression<Func<Card, bool>> scope = card => card.CardType == cardType && (card.Month > month || !card.IsDefault);

        // Act
        ParameterizedScope split = ScopeParameterizer.TryParameterize(scope)!;

        // Assert
        split.Body.ToString().Should().Be("((card.CardType == scope_value_0) AndAlso ((card.Month > scope_value_1) OrElse Not(card.IsDefault)))");
        ValuesOf(split).Should().Equal("visa", 6);
    }

    [Fact]
    public void An_object_a_scope_reads_twice_is_one_root_of_its_values()
    {
        // Arrange
        var holder = new CardTypeHolder { Value = "visa" };
        Expression<Func<Card, bool>> scope = card => card.CardType == holder.Value || card.Reference == holder.Value;

        // Act
        ParameterizedScope split = ScopeParameterizer.TryParameterize(scope)!;

        // Assert
        split.Roots.Should().ContainSingle();
        ValuesOf(split).Should().Equal("visa", "visa");
    }

    public void Dispose()
    {
        _services.Dispose();
        _connection.Dispose();
    }

    private ServiceProvider ServicesWith<TDefinition>()
        where TDefinition : class, IResourceDefinition<Card>
    {
        var services = new ServiceCollection();
        services.AddLayerOverTestModel(options => options.UseSqlite(_connection), resources => resources.Add<Card, TDefinition>());
        services.AddScoped<CardCaller>();
        return services.BuildServiceProvider();
    }

    /// <summary>A new scope instance for each caller, as a definition that builds its scope per request makes.</summary>
    private static Expression<Func<Card, bool>> ScopeOfCaller(long caller) => card => card.Id != caller;

    /// <summary>A new shape per number: the constant is part of the template.</summary>
    private static Expression<Func<Card, bool>> ShapeNotOfId(int id)
    {
        ParameterExpression card = Expression.Parameter(typeof(Card), "card");
        return Expression.Lambda<Func<Card, bool>>(Expression.NotEqual(Expression.Property(card, nameof(Card.Id)), Expression.Constant((long)id)), card);
    }

    /// <summary>The values the split scope reads, evaluated over the objects it captured.</summary>
    private static object[] ValuesOf(ParameterizedScope split) =>
        (object[])Expression.Lambda(Expression.NewArrayInit(typeof(object), split.Values.Select(value => Expression.Convert(value, typeof(object)))), split.Roots)
            .Compile().DynamicInvoke([.. split.RootValues])!;

    private static CompiledSingleReads ReadsOf(IServiceProvider provider) => provider.GetRequiredService<CompiledSingleReads>();

    private Task<Card> ReadAsync(string cardType, long id, string queryString) =>
        ReadAsync(_services, scope => scope.GetRequiredService<CardCaller>().CardType = cardType, id, queryString);

    private static async Task<Card> ReadAsync(IServiceProvider provider, Action<IServiceProvider> arrange, long id, string queryString)
    {
        await using AsyncServiceScope scope = provider.CreateAsyncScope();
        arrange(scope.ServiceProvider);
        var service = scope.ServiceProvider.GetRequiredService<JsonApiResourceService<Card>>();
        return await service.GetAsync(id, new ResourceQuery<Card>(Read(queryString, service.ResourceType, isCollection: false)), CancellationToken.None);
    }

    private Task<string> ReadTypeOrMissingAsync(string cardType, long id) =>
        TypeOrMissingAsync(ReadAsync(cardType, id, ""));

    private static Task<string> ReadTypeOrMissingAsync(IServiceProvider provider, Action arrange, long id) =>
        TypeOrMissingAsync(ReadAsync(provider, _ => arrange(), id, ""));

    private static async Task<string> TypeOrMissingAsync(Task<Card> read)
    {
        try
        {
            return (await read).CardType;
        }
        catch (JsonApiException exception) when (exception.Errors[0].Code == "RESOURCE_NOT_FOUND")
        {
            return "missing";
        }
    }

    private sealed class CardCaller
    {
        public string CardType { get; set; } = "visa";
    }

    private sealed class CardTypeHolder
    {
        public string Value { get; set; } = string.Empty;
    }

    /// <summary>Scopes cards to the caller's card type, one scope instance per type, as the service's mode scope does.</summary>
    private sealed class CardTypeScopedDefinition(CardCaller caller) : JsonApiResourceDefinition<Card>
    {
        private static readonly FrozenDictionary<string, Expression<Func<Card, bool>>> ScopeByType = new Dictionary<string, Expression<Func<Card, bool>>>
        {
            ["visa"] = TypeIs("visa"),
            ["amex"] = TypeIs("amex"),
        }.ToFrozenDictionary();

        public override Expression<Func<Card, bool>>? ScopeFilter => ScopeByType[caller.CardType];

        private static Expression<Func<Card, bool>> TypeIs(string cardType) => card => card.CardType == cardType;
    }

    /// <summary>One scope instance for every caller, reading a value that changes between calls.</summary>
    private sealed class HeldScopeDefinition : JsonApiResourceDefinition<Card>
    {
        public static readonly CardTypeHolder Holder = new();

        private static readonly Expression<Func<Card, bool>> Scope = card => card.CardType == Holder.Value;

        public override Expression<Func<Card, bool>>? ScopeFilter => Scope;
    }

    /// <summary>Scopes primary data more narrowly than its ScopeFilter says, in an explicit implementation of the interface's OnApplyScope.</summary>
    private sealed class ExplicitApplyScopeDefinition : JsonApiResourceDefinition<Card>, IResourceDefinition<Card>
    {
        public override Expression<Func<Card, bool>>? ScopeFilter => card => card.CardType == "visa";

        IQueryable<Card> IResourceDefinition<Card>.OnApplyScope(IQueryable<Card> query) => OnApplyScope(query).Where(card => card.Id < 0);
    }

    /// <summary>Scopes primary data more narrowly than its ScopeFilter says, in its own OnApplyScope.</summary>
    private sealed class NarrowerApplyScopeDefinition : JsonApiResourceDefinition<Card>
    {
        public override Expression<Func<Card, bool>>? ScopeFilter => card => card.CardType == "visa";

        public override IQueryable<Card> OnApplyScope(IQueryable<Card> query) => base.OnApplyScope(query).Where(card => card.Id < 0);
    }
}
