using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.Support;
using JsonApiCards.Api.Vault;
using Microsoft.Extensions.Options;

namespace JsonApiCards.Api.Tests.Vault;

/// <summary>Test mode takes only the published test numbers: each a valid card of its brand, every brand with one; live mode takes any valid number.</summary>
public sealed class TestCardNumbersTests
{
    // A number of the right form that no payment platform publishes for testing.
    private const string RealVisa = "4916338506082832";
    private const string TestModeOnly = "Test mode takes test card numbers only; see README (Card data) for the numbers it takes.";

    private readonly CardValidator _validator = CardValidators.At(new DateTimeOffset(2026, 3, 15, 12, 0, 0, TimeSpan.Zero));

    public static TheoryData<string> BuiltInNumbers => [.. TestCardNumbers.BuiltIn];

    [Theory]
    [MemberData(nameof(BuiltInNumbers))]
    public void Every_built_in_number_is_a_valid_card_of_its_brand_and_taken_in_test_mode(string number)
    {
        CardBrand? brand = CardBrandDetector.Detect(number);

        brand.Should().NotBeNull();
        brand!.AllowsLength(number.Length).Should().BeTrue($"{number} has a length {brand} issues");
        LuhnChecksum.IsValid(number).Should().BeTrue($"{number} passes the Luhn check");
        string verificationValue = new('1', brand.VerificationValueLength);
        _validator.Validate(new CardDetails(number, verificationValue, "12", "2030"), CardsMode.Test).Errors.Should().BeEmpty();
    }

    [Fact]
    public void Every_brand_the_vault_knows_has_a_test_number_and_no_number_is_listed_twice()
    {
        CardBrand.All.Should().OnlyContain(brand => TestCardNumbers.BuiltIn.Any(number => CardBrandDetector.Detect(number) == brand));
        TestCardNumbers.BuiltIn.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void A_valid_number_not_on_the_list_is_refused_in_test_mode_and_taken_in_live_mode()
    {
        var test = _validator.Validate(new CardDetails(RealVisa, "123", "12", "2030"), CardsMode.Test);
        var live = _validator.Validate(new CardDetails(RealVisa, "123", "12", "2030"), CardsMode.Live);

        test.Errors.Should().ContainSingle().Which.Should().Be(new CardValidationError(CardField.Number, TestModeOnly));
        live.Errors.Should().BeEmpty();
    }

    [Fact]
    public void An_invalid_number_in_test_mode_gets_only_the_error_that_says_why()
    {
        var result = _validator.Validate(new CardDetails("4916338506082833", "123", "12", "2030"), CardsMode.Test);

        result.Errors.Should().ContainSingle().Which.Should().Be(new CardValidationError(CardField.Number, "The card number fails the Luhn check."));
    }

    [Fact]
    public void Configured_numbers_replace_the_built_in_list()
    {
        var options = new TestCardNumberOptions();
        options.TestCardNumbers.Add("5105105105105100");

        var numbers = new TestCardNumbers(Options.Create(options));

        numbers.Contains("5105105105105100").Should().BeTrue();
        numbers.Contains("4111111111111111").Should().BeFalse();
        CardValidators.BuiltInTestNumbers().Contains("4111111111111111").Should().BeTrue();
    }

    [Fact]
    public void A_configured_number_no_card_could_have_is_refused_without_repeating_it()
    {
        var options = new TestCardNumberOptions();
        options.TestCardNumbers.AddRange(["4111111111111111", "4111111111111112", "41111111111a1111", "9000000000000001"]);

        ValidateOptionsResult result = new TestCardNumberOptionsValidator().Validate(null, options);

        result.Failed.Should().BeTrue();
        result.Failures.Should().Equal(
            "Vault:TestCardNumbers:1 is not a card number: digits only, of a supported brand and its length, passing the Luhn check.",
            "Vault:TestCardNumbers:2 is not a card number: digits only, of a supported brand and its length, passing the Luhn check.",
            "Vault:TestCardNumbers:3 is not a card number: digits only, of a supported brand and its length, passing the Luhn check.");
    }
}
