using JsonApiCards.Api.Data;
using JsonApiCards.Api.PaymentSources;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.Relationships;

/// <summary>
/// The rows every relationship test starts from:
/// customer 1 has orders 1 and 2 and payment sources 1 (card 1) and 2 (card 2); customer 2 has order 3 and payment
/// source 3 (card 3); order 4 has no customer. Card 1 belongs to order 1, order 2 is paid with card 2.
/// Card 4 is in live mode, so test-mode callers cannot see it.
/// </summary>
internal static class RelationshipScenario
{
    public static async Task SeedAsync(JsonApiCardsApplication app)
    {
        await app.SeedAsync(CardsSeed.Customer("ann@example.com"), CardsSeed.Customer("bob@example.com"));
        await app.SeedAsync(
            CardsSeed.Order("O-1", "placed", customerId: 1),
            CardsSeed.Order("O-2", "draft", customerId: 1),
            CardsSeed.Order("O-3", "placed", customerId: 2),
            CardsSeed.Order("O-4", "draft"));
        var cards = CardsSeed.Cards(4);
        cards[0].OrderId = 1;
        cards[3].Mode = CardsMode.Live;
        await app.SeedAsync([.. cards]);
        await app.SeedAsync(PaymentSource(customerId: 1, cardId: 1), PaymentSource(customerId: 1, cardId: 2), PaymentSource(customerId: 2, cardId: 3));

        await using CardsDbContext dbContext = app.CreateDbContext();
        (await dbContext.Orders.FindAsync(2L))!.PaymentSourceId = 2;
        await dbContext.SaveChangesAsync();
    }

    private static CustomerPaymentSource PaymentSource(long customerId, long cardId) => new()
    {
        Name = $"XXXX-XXXX-XXXX-{cardId:0000}",
        CustomerId = customerId,
        PaymentSourceId = cardId,
        CustomerToken = $"cus_{customerId}",
        PaymentSourceToken = $"pst_{cardId}",
    };
}
