using JsonApiCards.Api.Data;
using JsonApiCards.Api.Orders;
using JsonApiCards.Api.PaymentSources;
using JsonApiCards.Api.Security;
using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Errors;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace JsonApiCards.Api.Customers;

/// <summary>
/// The customer rules: the email is required, valid and unique per mode (compared trimmed and lower-cased); the status
/// is derived from orders (see <see cref="CustomerStatusUpdater"/>); a customer with orders cannot be deleted, and
/// deleting one takes their wallet with them. Writing the customer's <c>orders</c> or <c>customer_payment_sources</c>
/// moves those rows between customers, and the layer has each moved row judged by its own definition
/// (<see cref="OrderDefinition"/>, <see cref="CustomerPaymentSourceDefinition"/>), so no rule of theirs is repeated here.
/// </summary>
internal sealed class CustomerDefinition(CallerContext caller, CardsDbContext dbContext, CardRetention cardRetention, IPasswordHasher<Customer> passwordHasher, RevocationList revocations)
    : ModeScopedDefinition<Customer>(caller)
{
    public const int MinPasswordLength = 8;
    public const int MaxPasswordLength = 128;

    private static readonly ResourceField<Customer> Email = ResourceField.Of<Customer>(customer => customer.Email);
    private static readonly ResourceField<Customer> Password = ResourceField.Of<Customer>(customer => customer.Password);

    protected override async Task OnWritingInModeAsync(Customer resource, WriteContext context, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (context.Operation == WriteOperation.Create)
        {
            Caller.RefuseCustomer("A customer may not create customers.");
            resource.Status = CustomerStatus.Prospect;
        }

        if (context.HasAssigned(Password))
        {
            SetPassword(resource, errors);
            if (context.Operation != WriteOperation.Create)
            {
                await EndWhatTheOldPasswordOpenedAsync(resource, cancellationToken);
            }
        }

        if ((context.Operation == WriteOperation.Create && Email.IsRequiredOnCreate) || context.HasAssigned(Email))
        {
            await CheckEmailAsync(resource, errors, cancellationToken);
        }

        SharedValidation.CheckReferenceAndMetadata(resource, errors);
        errors.ThrowIfAny();
    }

    /// <summary>
    /// A changed or removed password ends the customer's Akinon sessions (removed in the same save as the change) and
    /// outdates the customer tokens issued before it (<see cref="RevocationList"/> carries the new version to every instance).
    /// </summary>
    private async Task EndWhatTheOldPasswordOpenedAsync(Customer customer, CancellationToken cancellationToken)
    {
        customer.CredentialsVersion++;
        dbContext.AkinonSessions.RemoveRange(await dbContext.AkinonSessions.Where(session => session.CustomerId == customer.Id).ToListAsync(cancellationToken));
        revocations.NoteRevoked(credentials: (customer.Id, customer.CredentialsVersion));
    }

    /// <summary>
    /// A customer with orders is refused (409): orders are the shop's records and never lose their customer.
    /// Otherwise the customer's wallet entries go with them (the database cascades) and their cards are redacted
    /// unless another wallet still holds them.
    /// </summary>
    public override async Task OnDeletingAsync(Customer resource, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resource);
        Caller.RefuseCustomer("A customer may not delete itself.");
        long customerId = resource.Id;
        if (await dbContext.Orders.Where(Caller.ScopeOf<Order>()).AnyAsync(order => order.CustomerId == customerId, cancellationToken))
        {
            throw DomainConflict.Create(
                ServiceErrorCodes.CustomerHasOrders,
                "The customer has orders.",
                $"Customer {customerId} has orders and cannot be deleted; orders keep their customer.");
        }

        await cardRetention.RedactCardsLeftByAsync(dbContext.CustomerPaymentSources.Where(Caller.ScopeOf<CustomerPaymentSource>()).Where(source => source.CustomerId == customerId), cancellationToken);
    }

    /// <summary>
    /// Hashes a new password (<see cref="PasswordHasher{TUser}"/>) or removes it (null or empty), and drops the clear text at
    /// once, so that it is never saved, returned or logged. <c>has_password</c> follows.
    /// </summary>
    private void SetPassword(Customer customer, ValidationErrors errors)
    {
        string? password = customer.Password;
        customer.Password = null;
        if (string.IsNullOrEmpty(password))
        {
            customer.PasswordHash = null;
            customer.HasPassword = false;
        }
        else if (password.Length is < MinPasswordLength or > MaxPasswordLength)
        {
            errors.AddForAttribute(Password.PublicName, $"The password must be {MinPasswordLength} to {MaxPasswordLength} characters long.");
        }
        else
        {
            customer.PasswordHash = passwordHasher.HashPassword(customer, password);
            customer.HasPassword = true;
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

        // The email is unique in the whole mode (it is the password grant's username), so this looks past a customer
        // caller's own scope at every customer of the mode; it answers only whether the address is taken.
        string email = customer.Email;
        long id = customer.Id;
        if (await dbContext.Customers.Where(CallerScopes.OfMode<Customer>(customer.Mode)).AnyAsync(other => other.Email == email && other.Id != id, cancellationToken))
        {
            errors.AddForAttribute(Email.PublicName, "Another customer already has this email.");
        }
    }
}
