using JsonApiCards.Api.Customers;
using JsonApiCards.Api.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace JsonApiCards.Api.Security;

/// <summary>Checks a customer's email and password for the password grant, within one integration's mode.</summary>
internal sealed class CustomerPasswords(CardsDbContext db, IPasswordHasher<Customer> hasher)
{
    // Verified against when there is no customer of that email, or it has no password, so that each costs as much time as a wrong password.
    private static readonly Lazy<string> NobodysHash = new(() => new PasswordHasher<Customer>().HashPassword(null!, ClientSecrets.Generate()));

    /// <summary>
    /// The customer of the mode with this email and password, or null: the same null, after the same work, for an unknown
    /// email, a customer without a password and a wrong password.
    /// </summary>
    public async Task<Customer?> AuthenticateAsync(string mode, string email, string password, CancellationToken cancellationToken)
    {
        string normalized = EmailAddress.Normalize(email);
        Customer? customer = normalized.Length is > 0 and <= 254 && password.Length <= CustomerDefinition.MaxPasswordLength
            ? await db.Customers.Where(CallerScopes.OfMode<Customer>(mode)).SingleOrDefaultAsync(customer => customer.Email == normalized, cancellationToken)
            : null;
        if (customer?.PasswordHash is not { } hash)
        {
            hasher.VerifyHashedPassword(null!, NobodysHash.Value, password);
            return null;
        }

        PasswordVerificationResult result = hasher.VerifyHashedPassword(customer, hash, password);
        if (result == PasswordVerificationResult.Failed)
        {
            return null;
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            customer.PasswordHash = hasher.HashPassword(customer, password);
            await db.SaveChangesAsync(cancellationToken);
        }

        return customer;
    }
}
