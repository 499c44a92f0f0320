namespace JsonApiCards.Benchmarks.Seeding;

/// <summary>How many rows of each kind a benchmark database holds; by default in the proportions of the load benchmark (100k cards, 20k customers, 50k orders).</summary>
internal sealed record SeedSize(int Cards, int Customers, int Orders, int PaymentSources)
{
    public static SeedSize ForCards(int cards) => new(cards, Math.Max(1, cards / 5), Math.Max(1, cards / 2), cards * 3 / 10);
}
