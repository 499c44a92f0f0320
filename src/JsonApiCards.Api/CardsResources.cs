using JsonApiCards.Api.CreditCards;
using JsonApiCards.Api.Customers;
using JsonApiCards.Api.Orders;
using JsonApiCards.Api.PaymentSources;
using JsonApiCards.JsonApi;

namespace JsonApiCards.Api;

/// <summary>The service's resources, each with the definition that holds its rules and narrows it to the caller.</summary>
internal static class CardsResources
{
    public static void Add(JsonApiResourceBuilder resources) => resources
        .Add<CreditCard, CreditCardDefinition>()
        .Add<Order, OrderDefinition>()
        .Add<Customer, CustomerDefinition>()
        .Add<CustomerPaymentSource, CustomerPaymentSourceDefinition>();
}
