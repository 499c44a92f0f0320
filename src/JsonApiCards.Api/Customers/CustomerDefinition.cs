using JsonApiCards.Api.Data;
using JsonApiCards.Api.Orders;
using JsonApiCards.Api.PaymentSources;
using JsonApiCards.Api.Security;
using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Errors;
using Microsoft.EntityFrameworkCore;

namespace JsonApiCards.Api.Customers;

/// <summary>
/// The customer rules: the email is required, valid and unique per mode (compared trimmed and lower-cased); the status
/// is derived from orders (see <see cref="CustomerStatusUpdater"/>); a customer with orders cannot be deleted, and
/// deleting one takes their wallet with them.
/// </summary>
internal sealed class CustomerDefinition(CallerContext caller, CardsDbContext dbContext, CardRetention cardRetention)
    : ModeScopedDefinition<Customer>(caller)
{
    private static readonly ResourceField<Customer> Email = ResourceField.Of<Customer>(customer => customer.Email);
    private static readonly ResourceField<Customer> Orders = ResourceField.Of<Customer>(customer => customer.Orders);
    private static readonly ResourceField<Customer> Wallet = ResourceField.Of<Customer>(customer => customer.CustomerPaymentSources);

    protected override async Task OnWritingInModeAsync(Customer resource, WriteContext context, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();

        if (context.Operation == WriteOperation.Create)
        {
            resource.Status = CustomerStatus.Prospect;
        }

        if (context.Operation == WriteOperation.Create || context.HasAssigned(Email))
        {
            await CheckEmailAsync(resource, errors, cancellationToken);
        }

        if (context.AssignedRelationships.Count > 0)
        {
            CheckRecordsMovedToTheCustomer(errors);
            CopyEmailIntoOrdersMovedIn(resource);
        }

        SharedValidation.CheckReferenceAndMetadata(resource, errors);
        errors.ThrowIfAny();
    }

    /// <summary>
    /// A customer with orders is refused (409): orders are the shop's records and never lose their customer.
    /// Otherwise the customer's wallet entries go with them (the database cascades) and their cards return to cached
    /// unless another wallet still holds them.
    /// </summary>
    public override async Task OnDeletingAsync(Customer resource, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resource);
        long customerId = resource.Id;
        if (await dbContext.Orders.AnyAsync(order => order.CustomerId == customerId, cancellationToken))
        {
            throw DomainConflict.Create(
                ServiceErrorCodes.CustomerHasOrders,
                "The customer has orders.",
                $"Customer {customerId} has orders and cannot be deleted; orders keep their customer.");
        }

        await cardRetention.ReleaseCardsOfAsync(dbContext.CustomerPaymentSources.Where(source => source.CustomerId == customerId), cancellationToken);
    }

    /// <summary>
    /// Writing the customer's <c>orders</c> or <c>customer_payment_sources</c> moves those rows between customers, past
    /// their own definitions: only open orders may move (a placed order's customer is fixed, and so the customer
    /// statuses stay right), and wallet entries never do (create and delete them instead).
    /// </summary>
    private void CheckRecordsMovedToTheCustomer(ValidationErrors errors)
    {
        dbContext.ChangeTracker.DetectChanges();
        foreach (var order in dbContext.ChangeTracker.Entries<Order>())
        {
            string status = order.Property(item => item.Status).OriginalValue;
            if (order.State is EntityState.Modified && order.Property(item => item.CustomerId).IsModified && !OrderStatus.IsOpen(status))
            {
                errors.AddForRelationship(Orders.PublicName, $"Order {order.Entity.Number} is {status}; its customer cannot change.");
            }
        }

        if (dbContext.ChangeTracker.Entries<CustomerPaymentSource>().Any(source => source.State is EntityState.Deleted || (source.State is EntityState.Modified && source.Property(item => item.CustomerId).IsModified)))
        {
            errors.AddForRelationship(Wallet.PublicName, "Wallet entries do not move between customers: create a customer payment source to save a card, delete it to remove the card.");
        }
    }

    /// <summary>
    /// An order that gets this customer through <c>customers.orders</c> gets the customer's email, as it does when its own
    /// <c>customer</c> is set (see <see cref="OrderDefinition"/>), since that definition does not see this write.
    /// Runs after <see cref="CheckRecordsMovedToTheCustomer"/>, whose change detection fixed up the orders' navigations.
    /// </summary>
    private void CopyEmailIntoOrdersMovedIn(Customer customer)
    {
        foreach (var order in dbContext.ChangeTracker.Entries<Order>())
        {
            if (order.State is EntityState.Modified && order.Property(item => item.CustomerId).IsModified && ReferenceEquals(order.Entity.Customer, customer))
            {
                order.Entity.CustomerEmail = customer.Email;
            }
        }
    }

    private async Task CheckEmailAsync(Customer customer, ValidationErrors errors, CancellationToken cancellationToken)
    {
        customer.Email = EmailAddress.Normalize(customer.Email);
        if (customer.Email.Length == 0)
        {
            errors.AddForAttribute(Email.PublicName, "The email is required.");
            return;
        }

        if (EmailAddress.Problem(customer.Email) is { } problem)
        {
            errors.AddForAttribute(Email.PublicName, problem);
            return;
        }

        string email = customer.Email;
        string mode = customer.Mode;
        long id = customer.Id;
        if (await dbContext.Customers.AnyAsync(other => other.Mode == mode && other.Email == email && other.Id != id, cancellationToken))
        {
            errors.AddForAttribute(Email.PublicName, $"Another customer already has the email '{email}'.");
        }
    }
}
