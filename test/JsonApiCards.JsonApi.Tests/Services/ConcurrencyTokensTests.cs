using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Resources.Annotations;
using JsonApiCards.JsonApi.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;

namespace JsonApiCards.JsonApi.Tests.Services;

public sealed class ConcurrencyTokensTests
{
    private static readonly ResourceGraph Graph = new ResourceGraphBuilder().Add<Ledger>().Build();
    private static readonly ResourceType Ledgers = Graph.GetResourceType<Ledger>();

    [Fact]
    public void A_token_the_layer_counts_up_is_found_by_its_property_and_read_from_an_entity_as_a_number()
    {
        var tokens = new ConcurrencyTokens(Graph, ModelOf(ledger => ledger.Property(entity => entity.Version).IsConcurrencyToken()));

        ConcurrencyToken token = tokens.Find(Ledgers)!;

        (token.PropertyName, token.IsStoreGenerated).Should().Be((nameof(Ledger.Version), false));
        token.Read(new Ledger { Version = 7 }).Should().Be(7);
    }

    [Fact]
    public void A_token_the_database_changes_on_every_update_is_store_generated()
    {
        var tokens = new ConcurrencyTokens(Graph, ModelOf(ledger => ledger.Property(entity => entity.Version).IsConcurrencyToken().ValueGeneratedOnAddOrUpdate()));

        tokens.Find(Ledgers)!.IsStoreGenerated.Should().BeTrue();
    }

    [Fact]
    public void A_resource_whose_entity_has_no_token_has_none()
    {
        var tokens = new ConcurrencyTokens(Graph, ModelOf(_ => { }));

        tokens.Find(Ledgers).Should().BeNull();
    }

    [Fact]
    public void An_entity_with_two_tokens_is_refused_at_start_up_because_an_etag_is_made_from_one()
    {
        IModel model = ModelOf(ledger =>
        {
            ledger.Property(entity => entity.Version).IsConcurrencyToken();
            ledger.Property(entity => entity.Revision).IsConcurrencyToken();
        });

        FluentActions.Invoking(() => new ConcurrencyTokens(Graph, model))
            .Should().Throw<InvalidOperationException>().WithMessage("'Ledger' has 2 concurrency tokens; an ETag is made from one.");
    }

    private static IModel ModelOf(Action<EntityTypeBuilder<Ledger>> configure)
    {
        var builder = new ModelBuilder(SqliteConventionSetBuilder.Build());
        configure(builder.Entity<Ledger>());
        return builder.FinalizeModel();
    }

    [Resource("ledgers")]
    public sealed class Ledger : IIdentifiable
    {
        public long Id { get; set; }

        [Attr]
        public string Name { get; set; } = string.Empty;

        public long Version { get; set; }

        public int Revision { get; set; }
    }
}
