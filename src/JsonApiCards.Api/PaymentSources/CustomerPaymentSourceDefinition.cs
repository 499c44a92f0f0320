using JsonApiCards.Api.CreditCards;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Security;
using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Errors;
using Microsoft.EntityFrameworkCore;

namespace JsonApiCards.Api.PaymentSources;

/// <summary>
/// The wallet rules: an entry needs a customer and a card, holds a card at most once per customer (409), gets two opaque
/// tokens on create, and is named after the card unless the client gives it a label. Saving a card moves it from
/// cached to retained; deleting the last entry that holds it redacts the card (see <see cref="CardRetention"/>), and a
/// redacted card cannot be saved (422).
/// The customer and the card of an entry never change: delete it and save the card again instead. An entry names the
/// gateway it was saved through (<c>gateway_code</c>, <see cref="GatewayCodes.Default"/> when blank) and the agreements
/// (auto-debit) made with it: each a non-blank id of at most 128 characters, none twice, at most 20.
/// </summary>
internal sealed class CustomerPaymentSourceDefinition(CallerContext caller, CardsDbContext dbContext, CardRetention cardRetention)
    : ModeScopedDefinition<CustomerPaymentSource>(caller)
{
    public const int NameLength = 100;

    private static readonly ResourceField<CustomerPaymentSource> Name = ResourceField.Of<CustomerPaymentSource>(source => source.Name);
    private static readonly ResourceField<CustomerPaymentSource> GatewayCode = ResourceField.Of<CustomerPaymentSource>(source => source.GatewayCode);
    private static readonly ResourceField<CustomerPaymentSource> AgreementIds = ResourceField.Of<CustomerPaymentSource>(source => source.AgreementIds);
    private static readonly ResourceField<CustomerPaymentSource> CustomerRelationship = ResourceField.Of<CustomerPaymentSource>(source => source.Customer);
    private static readonly ResourceField<CustomerPaymentSource> PaymentSourceRelationship = ResourceField.Of<CustomerPaymentSource>(source => source.PaymentSource);

    protected override async Task OnWritingInModeAsync(CustomerPaymentSource resource, WriteContext context, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        bool creating = context.Operation == WriteOperation.Create;

        if (creating)
        {
            // A customer saves cards to its own wallet; naming another customer is out of its scope (404) before this runs.
            if (Caller.CustomerId is long self && resource.CustomerId is null)
            {
                resource.CustomerId = self;
            }

            CheckRequired(resource, errors);
        }
        else
        {
            CheckUnchanged(resource, errors);
        }

        CreditCard? card = resource.PaymentSource
            ?? (resource.PaymentSourceId is long cardId ? await dbContext.CreditCards.Where(Caller.ScopeOf<CreditCard>()).FirstOrDefaultAsync(other => other.Id == cardId, cancellationToken) : null);
        if (creating || context.HasAssigned(Name))
        {
            CheckName(resource, card, errors);
        }

        if (creating || context.HasAssigned(GatewayCode))
        {
            CheckGatewayCode(resource, errors);
        }

        if (creating || context.HasAssigned(AgreementIds))
        {
            CheckAgreementIds(resource, errors);
        }

        if (creating && card?.StorageState == CardStorageState.Redacted)
        {
            errors.AddForRelationship(PaymentSourceRelationship.PublicName, "A redacted card has no number left to pay with and cannot be saved to a wallet.");
        }

        SharedValidation.CheckReferenceAndMetadata(resource, errors);
        errors.ThrowIfAny();

        if (creating)
        {
            await RefuseDuplicateAsync(resource, cancellationToken);
            resource.CustomerToken = OpaqueToken.Create();
            resource.PaymentSourceToken = OpaqueToken.Create();
            CardRetention.Retain(card!);
        }
    }

    public override Task OnDeletingAsync(CustomerPaymentSource resource, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resource);
        long id = resource.Id;
        return cardRetention.RedactCardsLeftByAsync(dbContext.CustomerPaymentSources.Where(Caller.ScopeOf<CustomerPaymentSource>()).Where(source => source.Id == id), cancellationToken);
    }

    private static void CheckRequired(CustomerPaymentSource source, ValidationErrors errors)
    {
        if (source.CustomerId is null)
        {
            errors.AddForRelationship(CustomerRelationship.PublicName, "A customer payment source needs a customer.");
        }

        if (source.PaymentSourceId is null)
        {
            errors.AddForRelationship(PaymentSourceRelationship.PublicName, "A customer payment source needs a payment source (a credit card).");
        }
    }

    private void CheckUnchanged(CustomerPaymentSource source, ValidationErrors errors)
    {
        var entry = dbContext.Entry(source);
        if (entry.Property(item => item.CustomerId).OriginalValue != source.CustomerId)
        {
            errors.AddForRelationship(CustomerRelationship.PublicName, "The customer of a saved payment source cannot change; save the card to the other customer's wallet instead.");
        }

        if (entry.Property(item => item.PaymentSourceId).OriginalValue != source.PaymentSourceId)
        {
            errors.AddForRelationship(PaymentSourceRelationship.PublicName, "The card of a saved payment source cannot change; save the other card as a new payment source instead.");
        }
    }

    /// <summary>A blank name falls back to the card's label ("XXXX-XXXX-XXXX-1111").</summary>
    private static void CheckName(CustomerPaymentSource source, CreditCard? card, ValidationErrors errors)
    {
        source.Name = (source.Name ?? "").Trim();
        if (source.Name.Length == 0)
        {
            source.Name = card?.Name ?? "";
        }
        else if (source.Name.Length > NameLength)
        {
            errors.AddForAttribute(Name.PublicName, $"The name may not be longer than {NameLength} characters.");
        }
    }

    private static void CheckGatewayCode(CustomerPaymentSource source, ValidationErrors errors)
    {
        source.GatewayCode = (source.GatewayCode ?? "").Trim();
        if (source.GatewayCode.Length == 0)
        {
            source.GatewayCode = GatewayCodes.Default;
        }
        else if (source.GatewayCode.Length > GatewayCodes.MaxLength)
        {
            errors.AddForAttribute(GatewayCode.PublicName, $"The gateway code may not be longer than {GatewayCodes.MaxLength} characters.");
        }
    }

    private static void CheckAgreementIds(CustomerPaymentSource source, ValidationErrors errors)
    {
        source.AgreementIds ??= [];
        if (source.AgreementIds.Count > GatewayCodes.MaxAgreements)
        {
            errors.AddForAttribute(AgreementIds.PublicName, $"A card may have at most {GatewayCodes.MaxAgreements} agreements.");
        }
        else if (source.AgreementIds.Any(id => string.IsNullOrWhiteSpace(id) || id.Length > GatewayCodes.MaxAgreementIdLength))
        {
            errors.AddForAttribute(AgreementIds.PublicName, $"Each agreement id must be 1 to {GatewayCodes.MaxAgreementIdLength} characters, not blank.");
        }
        else if (source.AgreementIds.Distinct(StringComparer.Ordinal).Count() != source.AgreementIds.Count)
        {
            errors.AddForAttribute(AgreementIds.PublicName, "An agreement id may appear once.");
        }
    }

    private async Task RefuseDuplicateAsync(CustomerPaymentSource source, CancellationToken cancellationToken)
    {
        long? customerId = source.CustomerId;
        long? cardId = source.PaymentSourceId;
        if (await dbContext.CustomerPaymentSources.Where(Caller.ScopeOf<CustomerPaymentSource>()).AnyAsync(other => other.CustomerId == customerId && other.PaymentSourceId == cardId, cancellationToken))
        {
            throw DomainConflict.Create(
                ServiceErrorCodes.AlreadyInWallet,
                "The card is already in the customer's wallet.",
                $"Credit card {cardId} is already saved to customer {customerId}'s wallet.",
                "/data/relationships/payment_source");
        }
    }
}
