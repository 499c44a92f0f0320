using JsonApiCards.Api.CreditCards;
using JsonApiCards.Api.Customers;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Security;
using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.QueryStrings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace JsonApiCards.Api.Orders;

/// <summary>
/// The order rules: a generated number; status and payment status move only along their transition tables
/// (<see cref="OrderStatus.Transitions"/>, <see cref="OrderPaymentStatus.Transitions"/>); placing needs a customer email
/// and a payment source; the payment source is a card of the order's customer (<see cref="PaymentSourceOwnership"/>); the
/// customer, payment source, total amount, currency and customer email are fixed once the order is placed; a redacted card
/// pays no order; the customer's email is copied when a customer is set without one; the customer's status follows their
/// placed orders.
/// </summary>
internal sealed class OrderDefinition(CallerContext caller, CardsDbContext dbContext, OrderNumbers numbers, CustomerStatusUpdater customerStatus)
    : ModeScopedDefinition<Order>(caller)
{
    private static readonly IReadOnlyList<SortKey> NewestFirst = [SortKey.By<Order>(order => order.CreatedAt, descending: true)];

    private static readonly ResourceField<Order> CurrencyCode = ResourceField.Of<Order>(order => order.CurrencyCode);
    private static readonly ResourceField<Order> TotalAmountCents = ResourceField.Of<Order>(order => order.TotalAmountCents);
    private static readonly ResourceField<Order> CustomerEmail = ResourceField.Of<Order>(order => order.CustomerEmail);
    private static readonly ResourceField<Order> Status = ResourceField.Of<Order>(order => order.Status);
    private static readonly ResourceField<Order> PaymentStatus = ResourceField.Of<Order>(order => order.PaymentStatus);
    private static readonly ResourceField<Order> CustomerRelationship = ResourceField.Of<Order>(order => order.Customer);
    private static readonly ResourceField<Order> PaymentSourceRelationship = ResourceField.Of<Order>(order => order.PaymentSource);

    /// <summary>Newest first, as a merchant reads an order list; an explicit <c>sort</c> overrides it.</summary>
    public override IReadOnlyList<SortKey> DefaultSort => NewestFirst;

    protected override async Task OnWritingInModeAsync(Order resource, WriteContext context, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        bool creating = context.Operation == WriteOperation.Create;
        var entry = dbContext.Entry(resource);
        string statusBefore = creating ? OrderStatus.Draft : entry.Property(order => order.Status).OriginalValue;
        if (Caller.IsCustomer)
        {
            await ApplyCustomerRestrictionsAsync(resource, context, cancellationToken);
        }

        if ((creating && CurrencyCode.IsRequiredOnCreate) || context.HasAssigned(CurrencyCode))
        {
            CheckCurrency(resource, errors);
        }

        if (resource.TotalAmountCents < 0)
        {
            errors.AddForAttribute(TotalAmountCents.PublicName, "The total amount may not be negative.");
        }

        CheckCustomerEmail(resource, context, errors);
        CheckTransition(OrderStatus.Transitions, Status, statusBefore, resource.Status, context, errors);
        CheckTransition(OrderPaymentStatus.Transitions, PaymentStatus, creating ? OrderPaymentStatus.Unpaid : entry.Property(order => order.PaymentStatus).OriginalValue, resource.PaymentStatus, context, errors);

        if (!OrderStatus.IsOpen(statusBefore))
        {
            CheckUnchanged(CustomerRelationship, entry.Property(order => order.CustomerId).OriginalValue, resource.CustomerId, statusBefore, errors);
            CheckUnchanged(PaymentSourceRelationship, entry.Property(order => order.PaymentSourceId).OriginalValue, resource.PaymentSourceId, statusBefore, errors);

            // What the customer agreed to pay, and where the receipt goes, is the shop's record once the order is placed.
            CheckFrozen(TotalAmountCents, entry.Property(order => order.TotalAmountCents), statusBefore, context, errors);
            CheckFrozen(CurrencyCode, entry.Property(order => order.CurrencyCode), statusBefore, context, errors);
            CheckFrozen(CustomerEmail, entry.Property(order => order.CustomerEmail), statusBefore, context, errors);
        }

        bool placing = resource.Status == OrderStatus.Placed && statusBefore != OrderStatus.Placed;
        if (placing)
        {
            CheckReadyToPlace(resource, errors);
        }

        if (OrderStatus.IsOpen(statusBefore))
        {
            await CheckPaymentSourceNotRedactedAsync(resource, creating ? null : entry.Property(order => order.PaymentSourceId).OriginalValue, placing, errors, cancellationToken);
        }

        // A placed order's customer and payment source are fixed (checked above), so only an open one is held to ownership here.
        if (OrderStatus.IsOpen(statusBefore) && (creating || context.HasAssigned(PaymentSourceRelationship) || context.HasAssigned(CustomerRelationship))
            && await PaymentSourceOwnership.ProblemAsync(dbContext, resource.Mode, resource.Id, resource.CustomerId, resource.PaymentSourceId, cancellationToken) is { } notOwned)
        {
            errors.AddForRelationship(PaymentSourceRelationship.PublicName, notOwned);
        }

        SharedValidation.CheckReferenceAndMetadata(resource, errors);
        errors.ThrowIfAny();

        if (creating)
        {
            resource.Number = await numbers.NextAsync(resource.Mode, cancellationToken);
        }
    }

    public override async Task OnWriteSucceededAsync(Order resource, WriteContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);

        // Only the status or the customer can change which customer counts this order as placed; a placed order's
        // customer is fixed, so the previous customer (if any) never counted it.
        if (resource.CustomerId is long customerId && (context.HasAssigned(Status) || context.HasAssigned(CustomerRelationship)))
        {
            await customerStatus.RecomputeAsync(customerId, cancellationToken);
        }
    }

    /// <summary>A placed or approved order is the shop's record: cancel it, it cannot be deleted. Cards pointing at a deleted order lose that link.</summary>
    public override Task OnDeletingAsync(Order resource, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resource);
        Caller.RefuseCustomer("A customer may not delete orders; an open order can be cancelled.");
        if (OrderStatus.IsPlaced(resource))
        {
            throw DomainConflict.Create(
                ServiceErrorCodes.OrderPlaced,
                "A placed order cannot be deleted.",
                $"Order {resource.Number} is {resource.Status}; cancel it instead of deleting it.");
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// A customer's order is its own: a new one gets the caller as its customer when the body names none (another customer
    /// is out of scope, a 404, before this runs), and it may not leave the customer, be approved, or have its payment status
    /// changed, which are the shop's decisions.
    /// </summary>
    private async Task ApplyCustomerRestrictionsAsync(Order order, WriteContext context, CancellationToken cancellationToken)
    {
        if (context.HasAssigned(CustomerRelationship))
        {
            if (order.CustomerId != Caller.CustomerId)
            {
                throw CustomerRestrictions.NotAllowed("A customer's order stays the customer's own.", RelationshipPointer(context, CustomerRelationship));
            }
        }
        else if (context.Operation == WriteOperation.Create)
        {
            Customer self = await dbContext.Customers.Where(Caller.ScopeOf<Customer>()).SingleOrDefaultAsync(cancellationToken)
                ?? throw CustomerRestrictions.NotAllowed("The customer of this token no longer exists.");
            order.Customer = self;
            order.CustomerId = self.Id;
            order.CustomerEmail ??= self.Email;
        }

        if (context.HasAssigned(PaymentStatus))
        {
            throw CustomerRestrictions.NotAllowed("A customer may not change an order's payment status.", "/data/attributes/" + PaymentStatus.PublicName);
        }

        if (context.HasAssigned(Status) && order.Status == OrderStatus.Approved)
        {
            throw CustomerRestrictions.NotAllowed("A customer may not approve an order.", "/data/attributes/" + Status.PublicName);
        }
    }

    private static string RelationshipPointer(WriteContext context, ResourceField<Order> relationship) =>
        context.Operation is WriteOperation.Create or WriteOperation.Update ? "/data/relationships/" + relationship.PublicName : "/data";

    private static void CheckCurrency(Order order, ValidationErrors errors)
    {
        order.CurrencyCode = (order.CurrencyCode ?? "").Trim().ToUpperInvariant();
        if (order.CurrencyCode.Length == 0)
        {
            errors.AddForAttribute(CurrencyCode.PublicName, "The currency code is required.");
        }
        else if (!Iso4217.IsKnown(order.CurrencyCode))
        {
            errors.AddForAttribute(CurrencyCode.PublicName, $"'{order.CurrencyCode}' is not an ISO 4217 currency code.");
        }
    }

    private static void CheckCustomerEmail(Order order, WriteContext context, ValidationErrors errors)
    {
        if (context.HasAssigned(CustomerEmail))
        {
            string email = EmailAddress.Normalize(order.CustomerEmail);
            order.CustomerEmail = email.Length == 0 ? null : email;
            if (order.CustomerEmail is not null && EmailAddress.Problem(order.CustomerEmail) is { } problem)
            {
                errors.AddForAttribute(CustomerEmail.PublicName, problem);
            }
        }
        else if (order.Customer is { } customer && context.HasAssigned(CustomerRelationship))
        {
            order.CustomerEmail = customer.Email;
        }
    }

    private static void CheckTransition(StatusTransitions transitions, ResourceField<Order> attribute, string before, string after, WriteContext context, ValidationErrors errors)
    {
        if (context.HasAssigned(attribute) && transitions.Refusal(attribute.PublicName.Replace('_', ' '), before, after) is { } refusal)
        {
            errors.AddForAttribute(attribute.PublicName, refusal);
        }
    }

    private static void CheckUnchanged(ResourceField<Order> relationship, long? before, long? after, string status, ValidationErrors errors)
    {
        if (before != after)
        {
            errors.AddForRelationship(relationship.PublicName, $"The {relationship.PublicName.Replace('_', ' ')} of a {status} order cannot change.");
        }
    }

    /// <summary>
    /// A redacted card has no number left to pay with: it cannot become an order's payment source, and an order whose card was
    /// redacted while it waited (a cached card past its lifetime) cannot be placed with it.
    /// </summary>
    private async Task CheckPaymentSourceNotRedactedAsync(Order order, long? paymentSourceBefore, bool placing, ValidationErrors errors, CancellationToken cancellationToken)
    {
        long? cardId = order.PaymentSourceId;
        bool changing = cardId != paymentSourceBefore;
        if (cardId is null || !(changing || placing))
        {
            return;
        }

        bool redacted = order.PaymentSource is { } card && card.Id == cardId
            ? card.StorageState == CardStorageState.Redacted
            : await dbContext.CreditCards.Where(CallerScopes.OfMode<CreditCard>(order.Mode)).AnyAsync(card => card.Id == cardId && card.StorageState == CardStorageState.Redacted, cancellationToken);
        if (!redacted)
        {
            return;
        }

        if (changing)
        {
            errors.AddForRelationship(PaymentSourceRelationship.PublicName, $"Credit card {cardId} is redacted: its number has been erased, so it cannot pay an order. Create the card again.");
        }
        else
        {
            errors.AddForAttribute(Status.PublicName, $"The payment source, credit card {cardId}, is redacted: its number has been erased, so the order cannot be placed with it. Set another payment source.");
        }
    }

    // Only what the request set: a customer change (refused on its own) copies the customer's email as a side effect.
    private static void CheckFrozen<TValue>(ResourceField<Order> attribute, PropertyEntry<Order, TValue> property, string status, WriteContext context, ValidationErrors errors)
    {
        if (context.HasAssigned(attribute) && !EqualityComparer<TValue>.Default.Equals(property.OriginalValue, property.CurrentValue))
        {
            errors.AddForAttribute(attribute.PublicName, $"The {attribute.PublicName.Replace('_', ' ')} cannot change once the order is {status}.");
        }
    }

    private static void CheckReadyToPlace(Order order, ValidationErrors errors)
    {
        if (string.IsNullOrEmpty(order.CustomerEmail))
        {
            errors.AddForAttribute(Status.PublicName, "An order needs a customer email before it can be placed.");
        }

        if (order.PaymentSourceId is null)
        {
            errors.AddForAttribute(Status.PublicName, "An order needs a payment source before it can be placed.");
        }
    }
}
