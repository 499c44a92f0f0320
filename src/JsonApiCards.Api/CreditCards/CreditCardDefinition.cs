using JsonApiCards.Api.Data;
using JsonApiCards.Api.Orders;
using JsonApiCards.Api.Security;
using JsonApiCards.Api.Vault;
using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Queries.Expressions;
using JsonApiCards.JsonApi.QueryStrings;
using Microsoft.EntityFrameworkCore;

namespace JsonApiCards.Api.CreditCards;

/// <summary>
/// The card rules: a new card is validated and fingerprinted and its verification value dropped before anything is saved;
/// its number is encrypted once the row has its id (the ciphertext is bound to it), in the same transaction, and then
/// dropped too. Setting a card's <c>order</c> (in a resource body or through the relationship endpoint) makes the card
/// that order's payment source, while the order is still open and the card not redacted.
/// </summary>
internal sealed class CreditCardDefinition(CallerContext caller, CardsDbContext dbContext, CardValidator validator, CardNumberProtector protector, CardFingerprint fingerprint)
    : ModeScopedDefinition<CreditCard>(caller)
{
    // The definition is scoped (one per request); its filter list is the same for all of them.
    private static readonly IReadOnlyList<SimpleFilter> Filters =
    [
        SimpleFilter.For<CreditCard>("id", card => card.Id, SimpleFilterKind.Equals),
        SimpleFilter.For<CreditCard>("ids", card => card.Id, SimpleFilterKind.In),
        SimpleFilter.For<CreditCard>("card_type", card => card.CardType, SimpleFilterKind.Equals),
        SimpleFilter.For<CreditCard>("reference", card => card.Reference, SimpleFilterKind.Equals),
        SimpleFilter.For<CreditCard>("created_at_from", card => card.CreatedAt, SimpleFilterKind.From),
        SimpleFilter.For<CreditCard>("created_at_to", card => card.CreatedAt, SimpleFilterKind.To),
        SimpleFilter.For<CreditCard>("updated_at_from", card => card.UpdatedAt, SimpleFilterKind.From),
        SimpleFilter.For<CreditCard>("updated_at_to", card => card.UpdatedAt, SimpleFilterKind.To),
    ];

    private static readonly ResourceField<CreditCard> FirstName = ResourceField.Of<CreditCard>(card => card.FirstName);
    private static readonly ResourceField<CreditCard> LastName = ResourceField.Of<CreditCard>(card => card.LastName);
    private static readonly ResourceField<CreditCard> Month = ResourceField.Of<CreditCard>(card => card.Month);
    private static readonly ResourceField<CreditCard> Year = ResourceField.Of<CreditCard>(card => card.Year);
    private static readonly ResourceField<CreditCard> OrderRelationship = ResourceField.Of<CreditCard>(card => card.Order);

    private static readonly AttributeEquality<CreditCard, string> CardTypeEquals = new(card => card.CardType);

    public override IReadOnlyList<SimpleFilter> SimpleFilters => Filters;

    /// <summary>
    /// The scope is the caller's mode, whose cards the triggers on credit_cards count exactly per card type: a list without
    /// a filter sums the mode's few rows, a list filtered on exactly one card type (in any dialect) reads its row. Any other
    /// filter, including a card type combined with anything, is left to <c>COUNT(*)</c>.
    /// </summary>
    public override ValueTask<long?> CountAsync(FilterExpression? filter, CancellationToken cancellationToken)
    {
        // The kept counts are exact for an integration's whole mode only; a customer's list counts its own rows.
        if (Caller.IsCustomer)
        {
            return ValueTask.FromResult<long?>(null);
        }

        if (filter is null)
        {
            return CountOfModeAsync(cancellationToken);
        }

        return CardTypeEquals.TryMatch(filter, out string? cardType) ? CountOfCardTypeAsync(cardType, cancellationToken) : ValueTask.FromResult<long?>(null);
    }

    private async ValueTask<long?> CountOfModeAsync(CancellationToken cancellationToken)
    {
        string mode = Caller.Mode;
        return await dbContext.Set<CreditCardCount>().AsNoTracking().Where(count => count.Mode == mode).SumAsync(count => count.Count, cancellationToken);
    }

    private async ValueTask<long?> CountOfCardTypeAsync(string cardType, CancellationToken cancellationToken)
    {
        string mode = Caller.Mode;
        return await dbContext.Set<CreditCardCount>().AsNoTracking()
            .Where(count => count.Mode == mode && count.CardType == cardType)
            .Select(count => count.Count)
            .FirstOrDefaultAsync(cancellationToken);
    }

    protected override async Task OnWritingInModeAsync(CreditCard resource, WriteContext context, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        bool creating = context.Operation == WriteOperation.Create;
        if (creating && !context.HasAssigned(OrderRelationship))
        {
            // A customer sees only cards on its orders or in its wallet: a card on neither would be lost to it at once.
            Caller.RefuseCustomer("A customer's new card goes on one of its orders: set the card's order.", "/data/relationships");
        }

        CheckName(resource.FirstName, FirstName, (creating && FirstName.IsRequiredOnCreate) || context.HasAssigned(FirstName), errors);
        CheckName(resource.LastName, LastName, (creating && LastName.IsRequiredOnCreate) || context.HasAssigned(LastName), errors);
        SharedValidation.CheckReferenceAndMetadata(resource, errors);

        if (creating)
        {
            ValidateNumber(resource, errors);
        }
        else if (context.HasAssigned(Month) || context.HasAssigned(Year))
        {
            ValidateExpiry(resource, errors);
        }

        Order? order = context.HasAssigned(OrderRelationship) ? await OrderOfAsync(resource, cancellationToken) : null;
        if (order is not null && order.PaymentSourceId != resource.Id && !OrderStatus.IsOpen(order.Status))
        {
            errors.AddForRelationship(OrderRelationship.PublicName, $"Order {order.Number} is {order.Status}; its payment source cannot change.");
        }
        else if (order is not null && order.PaymentSourceId != resource.Id && resource.StorageState == CardStorageState.Redacted)
        {
            errors.AddForRelationship(OrderRelationship.PublicName, $"Credit card {resource.Id} is redacted: its number has been erased, so it cannot pay order {order.Number}.");
        }
        else if (order is not null && !creating
            && await PaymentSourceOwnership.ProblemAsync(dbContext, resource.Mode, order.Id, order.CustomerId, resource.Id, cancellationToken) is { } notOwned)
        {
            errors.AddForRelationship(OrderRelationship.PublicName, notOwned);
        }

        resource.VerificationValue = null;
        if (!creating || errors.Any)
        {
            resource.Number = null;
        }

        errors.ThrowIfAny();
    }

    /// <summary>
    /// Runs after the first save, so a new card has the id its ciphertext is bound to and its order will point at; the
    /// layer saves again in the same transaction, so no card is ever committed without its ciphertext.
    /// </summary>
    public override async Task OnWriteSucceededAsync(CreditCard resource, WriteContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (context.Operation == WriteOperation.Create)
        {
            await ProtectNumberAsync(resource, cancellationToken);
        }

        if (context.HasAssigned(OrderRelationship) && await OrderOfAsync(resource, cancellationToken) is { } order)
        {
            order.PaymentSource = resource;
            order.PaymentSourceId = resource.Id;
        }
    }

    /// <summary>
    /// A card paying for a placed or approved order cannot be deleted (409). Otherwise the orders it pays for lose their
    /// payment source and its wallet entries go with it (both done by the database's foreign keys).
    /// </summary>
    public override async Task OnDeletingAsync(CreditCard resource, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resource);

        // Other customers' wallets may hold the same card: a customer removes it from its wallet instead.
        Caller.RefuseCustomer("A customer may not delete cards; delete the customer payment source to take a card out of the wallet.");
        long cardId = resource.Id;
        string? placedOrder = await dbContext.Orders
            .Where(Caller.ScopeOf<Order>())
            .Where(OrderStatus.PlacedOrders)
            .Where(order => order.PaymentSourceId == cardId)
            .Select(order => order.Number)
            .FirstOrDefaultAsync(cancellationToken);
        if (placedOrder is not null)
        {
            throw DomainConflict.Create(
                ServiceErrorCodes.CardPaysPlacedOrder,
                "The card pays for a placed order.",
                $"Credit card {cardId} is the payment source of placed order {placedOrder} and cannot be deleted.");
        }
    }

    private async Task<Order?> OrderOfAsync(CreditCard card, CancellationToken cancellationToken) =>
        card.Order ?? (card.OrderId is long orderId ? await dbContext.Orders.Where(Caller.ScopeOf<Order>()).FirstOrDefaultAsync(order => order.Id == orderId, cancellationToken) : null);

    private void ValidateNumber(CreditCard card, ValidationErrors errors)
    {
        CardValidationResult result = validator.Validate(new CardDetails(card.Number, card.VerificationValue, card.Month, card.Year), card.Mode);
        if (!Accept(result, card, errors) || errors.Any)
        {
            return;
        }

        string number = card.Number!;
        card.Bin = CardDisplay.Bin(number);
        card.LastFour = CardDisplay.LastFour(number);
        card.Fingerprint = fingerprint.Compute(number, card.Mode);
        card.CardType = result.Brand!.Name;
        card.StorageState = CardStorageState.Cached;
    }

    /// <summary>
    /// Stores the number encrypted under the new card's id. Written by its own statement in the write's transaction, not
    /// through the tracked card: storing the ciphertext is not a change of the card, so <c>updated_at</c> stays <c>created_at</c>.
    /// </summary>
    private async Task ProtectNumberAsync(CreditCard card, CancellationToken cancellationToken)
    {
        string number = card.Number ?? throw new InvalidOperationException($"Card {card.Id} was created without a number to protect.");
        card.Number = null;
        ProtectedCardNumber protectedNumber = await protector.ProtectAsync(number, card.Id, card.Mode, cancellationToken);
        long cardId = card.Id;
        await dbContext.CreditCards.Where(stored => stored.Id == cardId).ExecuteUpdateAsync(
            update => update.SetProperty(stored => stored.NumberCiphertext, protectedNumber.Ciphertext).SetProperty(stored => stored.NumberKeyId, protectedNumber.KeyId),
            cancellationToken);
    }

    private void ValidateExpiry(CreditCard card, ValidationErrors errors) =>
        Accept(validator.ValidateExpiry(card.Month, card.Year), card, errors);

    /// <summary>Reports the vault's findings as attribute errors; on success stores the expiry in its two- and four-digit form.</summary>
    private static bool Accept(CardValidationResult result, CreditCard card, ValidationErrors errors)
    {
        foreach (CardValidationError error in result.Errors)
        {
            errors.AddForAttribute(error.Field, error.Message);
        }

        if (result.IsValid)
        {
            card.Month = result.Expiry!.Value.MonthText;
            card.Year = result.Expiry.Value.YearText;
        }

        return result.IsValid;
    }

    private static void CheckName(string value, ResourceField<CreditCard> field, bool required, ValidationErrors errors)
    {
        string attribute = field.PublicName;
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
