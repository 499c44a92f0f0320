using CsCheck;
using JsonApiCards.Api.CreditCards;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.Properties;

/// <summary>Seeded credit cards with varied values, and filters on them in both dialects built from constants near those values.</summary>
public static class CardFilterGenerators
{
    public const int SeededCards = 16;

    private static readonly string[] FirstNames = ["John", "john", "Jane", "Ann", "ann", "Zoë", "O'Neil", "", "Ann-Marie", "JOHN", "\U0001D518lf", "ﬀ\U0001D518"];
    private static readonly string[] Brands = ["visa", "master", "american_express", "discover", "jcb"];
    private static readonly string[] States = [CardStorageState.Cached, CardStorageState.Retained, CardStorageState.Redacted];

    /// <summary>Cards 1..16, the same each run: mixed case, quotes, non-ASCII and empty text, some null references.</summary>
    public static List<CreditCard> Cards()
    {
        var random = new Random(16);
        List<CreditCard> cards = CardsSeed.Cards(SeededCards);
        foreach (CreditCard card in cards)
        {
            card.FirstName = FirstNames[random.Next(FirstNames.Length)];
            card.LastName = random.Next(3) == 0 ? "Smith" : "smith-" + random.Next(10);
            card.Month = random.Next(1, 13).ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            card.Year = (2026 + random.Next(8)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            card.CardType = Brands[random.Next(Brands.Length)];
            card.StorageState = States[random.Next(States.Length)];
            card.Reference = random.Next(4) switch { 0 => null, 1 => "", 2 => "REF-" + random.Next(20), _ => "ref-" + random.Next(20) };
            card.CreatedAt = JsonApiCardsApplication.Now.UtcDateTime.AddMinutes(random.Next(-30, 30)).AddSeconds(-JsonApiCardsApplication.Now.Second).AddMilliseconds(-JsonApiCardsApplication.Now.Millisecond);
            card.UpdatedAt = card.CreatedAt.AddMinutes(random.Next(0, 3));
        }

        return cards;
    }

    /// <summary>A constant for <paramref name="field"/>: a seeded value, a part of one, or something near it.</summary>
    public static Gen<object> Constant(CardField field, IReadOnlyList<CreditCard> cards) => field.Kind switch
    {
        CardFieldKind.Number => Gen.Long[-1, SeededCards + 2].Select(number => (object)number),
        CardFieldKind.Timestamp => Gen.OneOf([.. cards.Select(card => (DateTime)field.Read(card)!)])
            .SelectMany(near => Gen.Int[-2, 2].Select(minutes => (object)near.AddMinutes(minutes))),
        _ => Gen.Frequency(
            (3, Gen.OneOf([.. cards.Select(card => (string?)field.Read(card) ?? "")])),
            (3, Gen.OneOf([.. cards.Select(card => (string?)field.Read(card) ?? "")]).SelectMany(Part)),
            (1, Gen.OneOf("a", "A", "j", "J", "n", "o", "'", "ë", "-", "_", " ", "0", "R", "\U0001D518", "ﬀ", "\uFFFD").Array[1, 3].Select(string.Concat)))
            .Select(text => (object)text),
    };

    /// <summary>
    /// A part of <paramref name="text"/>, cut between characters: half of a surrogate pair cannot travel in a URL (it arrives
    /// as U+FFFD), so it is no constant a client can send.
    /// </summary>
    private static Gen<string> Part(string text)
    {
        string[] characters = [.. text.EnumerateRunes().Select(rune => rune.ToString())];
        return Gen.Select(Gen.Int[0, characters.Length], Gen.Int[0, characters.Length], (start, end) => string.Concat(characters[Math.Min(start, end)..Math.Max(start, end)]));
    }

    /// <summary>A <c>filter=</c> expression, nested up to three levels.</summary>
    public static Gen<CardCondition> JsonApiFilter(IReadOnlyList<CreditCard> cards) => JsonApiFilter(cards, depth: 3);

    private static Gen<CardCondition> JsonApiFilter(IReadOnlyList<CreditCard> cards, int depth)
    {
        Gen<CardCondition> leaf = Gen.OneOf([.. CardField.All]).SelectMany(field => Leaf(field, cards));
        if (depth <= 1)
        {
            return leaf;
        }

        Gen<CardCondition> inner = JsonApiFilter(cards, depth - 1);
        return Gen.Frequency(
            (4, leaf),
            (1, inner.Select(child => (CardCondition)new CardCondition.Negation(child))),
            (2, Gen.Select(Gen.Bool, inner.Array[2, 3], (isAnd, terms) => (CardCondition)new CardCondition.Logical(isAnd, terms))));
    }

    private static Gen<CardCondition> Leaf(CardField field, IReadOnlyList<CreditCard> cards)
    {
        Gen<object> constant = Constant(field, cards);
        List<(int, IGen<CardCondition>)> leaves =
        [
            (4, Gen.Select(Gen.OneOf("equals", "lessThan", "lessOrEqual", "greaterThan", "greaterOrEqual"), constant, (function, value) => (CardCondition)new CardCondition.Compare(field, function, value))),
            (2, constant.Array[1, 3].Select(values => (CardCondition)new CardCondition.AnyOf(field, [.. values.Distinct()]))),
        ];

        if (field.Kind == CardFieldKind.Text)
        {
            leaves.Add((3, Gen.Select(Gen.OneOf("contains", "startsWith", "endsWith"), constant, (function, value) => (CardCondition)new CardCondition.MatchText(field, function, (string)value))));
        }

        if (field.Name == "reference")
        {
            leaves.Add((1, Gen.Const((CardCondition)new CardCondition.IsNull(field))));
        }

        return Gen.Frequency([.. leaves]);
    }

    /// <summary>One to three Ransack conditions, which combine with AND.</summary>
    public static Gen<RansackCardCondition[]> RansackFilter(IReadOnlyList<CreditCard> cards) => RansackCondition(cards).Array[1, 3];

    private static Gen<RansackCardCondition> RansackCondition(IReadOnlyList<CreditCard> cards) =>
        Gen.OneOf([.. CardField.All]).SelectMany(field =>
        {
            CardField[] sameKind = [.. CardField.All.Where(other => other.Kind == field.Kind && other != field)];
            Gen<CardField[]> fields = sameKind.Length == 0
                ? Gen.Const(() => new[] { field })
                : Gen.Frequency((3, Gen.Const(() => new[] { field })), (1, Gen.OneOf(sameKind).Select(other => new[] { field, other })));
            return fields.SelectMany(chosen => RansackPredicate(chosen[0], cards).Select(pair => new RansackCardCondition(chosen, pair.Predicate, pair.Value, pair.Constants)));
        });

    private static Gen<(string Predicate, string Value, object[] Constants)> RansackPredicate(CardField field, IReadOnlyList<CreditCard> cards)
    {
        // A condition needs a value, and an _in list item may not be empty: the generator writes only what the dialect takes.
        Gen<object> constant = Constant(field, cards).Where(value => !string.IsNullOrWhiteSpace(CardField.Write(value)) && !CardField.Write(value).Contains(',', StringComparison.Ordinal));
        Gen<string> flag = Gen.OneOf("true", "false", "1", "0");
        List<(int, IGen<(string, string, object[])>)> predicates =
        [
            (4, Gen.Select(Gen.OneOf("eq", "not_eq", "lt", "lteq", "gt", "gteq", "eq_or_null"), constant, (predicate, value) => (predicate, CardField.Write(value), new[] { value }))),
            (2, Gen.Select(Gen.OneOf("in", "not_in"), constant.Array[1, 3], (predicate, values) => (predicate, string.Join(',', values.Select(CardField.Write)), values.DistinctBy(CardField.Write).ToArray()))),
            (2, Gen.Select(Gen.OneOf("null", "not_null", "blank", "present"), flag, (predicate, value) => (predicate, value, Array.Empty<object>()))),
        ];

        if (field.Kind == CardFieldKind.Text)
        {
            predicates.Add((3, Gen.Select(Gen.OneOf("start", "not_start", "end", "not_end", "cont", "not_cont"), constant, (predicate, value) => (predicate, CardField.Write(value), new[] { value }))));
        }

        return Gen.Frequency([.. predicates]);
    }
}
