using System.Collections.Frozen;
using Microsoft.Extensions.Options;

namespace JsonApiCards.Api.Vault;

/// <summary>
/// The card numbers test mode takes: numbers that payment platforms publish for testing, at least one for every brand the
/// vault knows, so that real card data never sits under test keys. <c>Vault:TestCardNumbers</c> replaces the list.
/// </summary>
internal sealed class TestCardNumbers(IOptions<TestCardNumberOptions> options)
{
    /// <summary>The published test numbers test mode takes unless configured otherwise (README, "Card data", lists them).</summary>
    public static IReadOnlyList<string> BuiltIn { get; } =
    [
        // Visa
        "4111111111111111", "4242424242424242", "4012888888881881", "4000056655665556", "4222222222222",

        // Mastercard
        "5555555555554444", "5105105105105100", "2223003122003222", "5200828282828210",

        // American Express
        "378282246310005", "371449635398431",

        // Discover
        "6011111111111117", "6011000990139424",

        // Diners Club
        "3056930009020004", "36227206271667",

        // JCB
        "3566002020360505",

        // Maestro
        "6759411100000008", "6304000000000000", "5641821111166669",

        // UnionPay
        "6200000000000005",
    ];

    private readonly FrozenSet<string> _numbers = (options.Value.TestCardNumbers.Count > 0 ? options.Value.TestCardNumbers : BuiltIn).ToFrozenSet(StringComparer.Ordinal);

    public bool Contains(string number) => _numbers.Contains(number);
}
