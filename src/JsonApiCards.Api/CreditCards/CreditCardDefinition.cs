using JsonApiCards.Api.Data;
using JsonApiCards.Api.Security;
using JsonApiCards.Api.Vault;
using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.QueryStrings;

namespace JsonApiCards.Api.CreditCards;

/// <summary>
/// The card rules: a new card is validated, its number protected and fingerprinted, and the number and
/// verification value dropped before anything is saved.
/// </summary>
internal sealed class CreditCardDefinition(CallerContext caller, CardValidator validator, CardNumberProtector protector, CardFingerprint fingerprint, TimeProvider timeProvider)
    : ModeScopedDefinition<CreditCard>(caller)
{
    public override IReadOnlyList<SimpleFilter> SimpleFilters { get; } =
    [
        new("id", "id", SimpleFilterKind.Equals),
        new("ids", "id", SimpleFilterKind.In),
        new("card_type", "card_type", SimpleFilterKind.Equals),
        new("reference", "reference", SimpleFilterKind.Equals),
        new("created_at_from", "created_at", SimpleFilterKind.From),
        new("created_at_to", "created_at", SimpleFilterKind.To),
        new("updated_at_from", "updated_at", SimpleFilterKind.From),
        new("updated_at_to", "updated_at", SimpleFilterKind.To),
    ];

    public override async Task OnWritingAsync(CreditCard resource, WriteContext context, CancellationToken cancellationToken)
    {
        await base.OnWritingAsync(resource, context, cancellationToken);
        var errors = new ValidationErrors();
        bool creating = context.Operation == WriteOperation.Create;

        CheckName(resource.FirstName, "first_name", creating || context.HasAssigned("first_name"), errors);
        CheckName(resource.LastName, "last_name", creating || context.HasAssigned("last_name"), errors);
        SharedValidation.CheckReference(resource.Reference, errors);
        SharedValidation.CheckMetadata(resource.Metadata, errors);

        if (creating)
        {
            ValidateAndProtectNumber(resource, errors);
        }
        else if (context.HasAssigned("month") || context.HasAssigned("year"))
        {
            ValidateExpiry(resource, errors);
        }

        resource.Number = null;
        resource.VerificationValue = null;
        errors.ThrowIfAny();
    }

    private void ValidateAndProtectNumber(CreditCard card, ValidationErrors errors)
    {
        CardValidationResult result = validator.Validate(new CardDetails(card.Number, card.VerificationValue, card.Month, card.Year));
        foreach (CardValidationError error in result.Errors)
        {
            errors.AddForAttribute(error.Field, error.Message);
        }

        if (!result.IsValid || errors.Any)
        {
            return;
        }

        string number = card.Number!;
        ProtectedCardNumber protectedNumber = protector.Protect(number);
        card.NumberCiphertext = protectedNumber.Ciphertext;
        card.NumberKeyId = protectedNumber.KeyId;
        card.Bin = CardDisplay.Bin(number);
        card.LastFour = CardDisplay.LastFour(number);
        card.Fingerprint = fingerprint.Compute(number);
        card.CardType = result.Brand!.Name;
        card.Month = result.Expiry!.Value.MonthText;
        card.Year = result.Expiry.Value.YearText;
        card.StorageState = CardStorageState.Cached;
    }

    private void ValidateExpiry(CreditCard card, ValidationErrors errors)
    {
        bool hasMonth = CardExpiry.TryParseMonth(card.Month, out int month);
        bool hasYear = CardExpiry.TryParseYear(card.Year, out int year);
        if (!hasMonth)
        {
            errors.AddForAttribute("month", "The expiry month must be a number from 1 to 12.");
        }

        if (!hasYear)
        {
            errors.AddForAttribute("year", "The expiry year must have four digits, such as 2030.");
        }

        if (!hasMonth || !hasYear)
        {
            return;
        }

        var expiry = new CardExpiry(year, month);
        if (expiry.IsExpiredAt(timeProvider.GetUtcNow()))
        {
            errors.AddForAttribute(year < timeProvider.GetUtcNow().Year ? "year" : "month", "The card has expired: the expiry date is in the past.");
            return;
        }

        card.Month = expiry.MonthText;
        card.Year = expiry.YearText;
    }

    private static void CheckName(string value, string attribute, bool required, ValidationErrors errors)
    {
        if (required && string.IsNullOrWhiteSpace(value))
        {
            errors.AddForAttribute(attribute, $"The cardholder's {attribute.Replace('_', ' ')} is required.");
        }
        else if (value.Length > CreditCardLimits.NameLength)
        {
            errors.AddForAttribute(attribute, $"The cardholder's {attribute.Replace('_', ' ')} may not be longer than {CreditCardLimits.NameLength} characters.");
        }
    }
}
