using System.Security.Cryptography;
using JsonApiCards.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace JsonApiCards.Api.Orders;

/// <summary>
/// Order numbers: ten random characters of Crockford's base 32 (digits and capitals without I, L, O, U, so they read
/// aloud and type back without confusion), e.g. <c>7KQ2M9XD4T</c>. Random rather than a sequence so that numbers
/// reveal nothing about order volume and need no shared counter. The few numbers already taken in the mode are
/// skipped; the unique index on (mode, number) settles a race.
/// </summary>
internal sealed class OrderNumbers(CardsDbContext dbContext)
{
    public const int Length = 10;
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int Attempts = 5;

    public async Task<string> NextAsync(string mode, CancellationToken cancellationToken)
    {
        for (int attempt = 0; attempt < Attempts; attempt++)
        {
            string number = RandomNumberGenerator.GetString(Alphabet, Length);
            if (!await dbContext.Orders.AnyAsync(order => order.Mode == mode && order.Number == number, cancellationToken))
            {
                return number;
            }
        }

        throw new InvalidOperationException($"No free order number after {Attempts} attempts.");
    }
}
