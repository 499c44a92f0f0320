using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Resources.Annotations;
using JsonApiCards.JsonApi.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;

namespace JsonApiCards.JsonApi.Tests.Endpoints.Tags;

/// <summary>Ledgers and their entries carry a concurrency token; their keepers do not.</summary>
internal static class TaggedModel
{
    public static ResourceGraph Graph { get; } = new ResourceGraphBuilder().Add<Ledger>().Add<Entry>().Add<Keeper>().Build();

    public static ResourceType Ledgers { get; } = Graph.GetResourceType<Ledger>();

    public static ResourceType Keepers { get; } = Graph.GetResourceType<Keeper>();

    public static ConcurrencyTokens Tokens { get; } = new(Graph, BuildModel());

    private static Microsoft.EntityFrameworkCore.Metadata.IModel BuildModel()
    {
        var builder = new ModelBuilder(SqliteConventionSetBuilder.Build());
        builder.Entity<Ledger>().Property(ledger => ledger.Version).IsConcurrencyToken();
        builder.Entity<Entry>().Property(entry => entry.Version).IsConcurrencyToken();
        builder.Entity<Keeper>();
        return builder.FinalizeModel();
    }
}

[Resource("ledgers")]
public sealed class Ledger : IIdentifiable
{
    public long Id { get; set; }

    [Attr]
    public string Name { get; set; } = string.Empty;

    public long Version { get; set; }

    [HasMany]
    public List<Entry> Entries { get; set; } = [];

    [HasOne]
    public Keeper? Keeper { get; set; }

    public long? KeeperId { get; set; }
}

[Resource("entries")]
public sealed class Entry : IIdentifiable
{
    public long Id { get; set; }

    [Attr]
    public decimal Amount { get; set; }

    public long Version { get; set; }

    [HasOne]
    public Ledger? Ledger { get; set; }

    public long? LedgerId { get; set; }
}

[Resource("keepers")]
public sealed class Keeper : IIdentifiable
{
    public long Id { get; set; }

    [Attr]
    public string Name { get; set; } = string.Empty;
}
