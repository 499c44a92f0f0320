namespace JsonApiCards.Benchmarks.Micro;

/// <summary>The query strings the micro benchmarks parse: one per family, and one complex filter written in both dialects.</summary>
internal static class BenchmarkQueries
{
    /// <summary>Visa or Mastercard, a name containing "jo", created this year, paid with an order that is placed.</summary>
    public const string ComplexJsonApiFilter =
        "and(any(card_type,'visa','master'),or(contains(first_name,'jo'),contains(last_name,'jo')),greaterThan(created_at,'2026-01-01'),equals(order.status,'placed'))";

    /// <summary>The same filter as <see cref="ComplexJsonApiFilter"/>, in the Commerce Layer (Ransack) dialect.</summary>
    public static readonly (string Name, string Value)[] ComplexRansackFilter =
    [
        ("filter[q][card_type_in]", "visa,master"),
        ("filter[q][first_name_or_last_name_cont]", "jo"),
        ("filter[q][created_at_gt]", "2026-01-01"),
        ("filter[q][order_status_eq]", "placed"),
    ];
}
