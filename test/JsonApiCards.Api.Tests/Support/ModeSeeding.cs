using JsonApiCards.Api.CreditCards;
using JsonApiCards.Api.Data;

namespace JsonApiCards.Api.Tests.Support;

/// <summary>
/// Rows that cross modes, for tests of what the caller (test mode) may see. Writes through the API cannot link across
/// modes, so these rows are written straight to the database.
/// </summary>
public static class ModeSeeding
{
    /// <summary>The resource, moved to live mode.</summary>
    public static T Live<T>(T resource)
        where T : CardsResource
    {
        ArgumentNullException.ThrowIfNull(resource);
        resource.Mode = CardsMode.Live;
        return resource;
    }

    /// <summary>A test-mode card whose order is the given one.</summary>
    public static CreditCard CardWithOrder(long orderId)
    {
        CreditCard card = CardsSeed.Cards(1)[0];
        card.OrderId = orderId;
        return card;
    }

    /// <summary>Writes the rows one at a time, so each gets the next id of its table and may name earlier ones by id.</summary>
    public static async Task SeedInOrderAsync(this JsonApiCardsApplication app, params CardsResource[] rows)
    {
        ArgumentNullException.ThrowIfNull(app);
        foreach (CardsResource row in rows)
        {
            await app.SeedAsync(row);
        }
    }
}
