using Microsoft.Extensions.Options;

namespace JsonApiCards.Api.Vault;

/// <summary>Refuses to start with a configured test number that no card could have: a typo would otherwise go unnoticed until a test card is refused.</summary>
/// <remarks>Messages name the configuration key, never the value.</remarks>
internal sealed class TestCardNumberOptionsValidator : IValidateOptions<TestCardNumberOptions>
{
    public ValidateOptionsResult Validate(string? name, TestCardNumberOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string> failures = [];
        for (int index = 0; index < options.TestCardNumbers.Count; index++)
        {
            string number = options.TestCardNumbers[index] ?? "";
            if (!number.All(char.IsAsciiDigit) || CardBrandDetector.Detect(number) is not { } brand || !brand.AllowsLength(number.Length) || !LuhnChecksum.IsValid(number))
            {
                failures.Add($"Vault:TestCardNumbers:{index} is not a card number: digits only, of a supported brand and its length, passing the Luhn check.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
