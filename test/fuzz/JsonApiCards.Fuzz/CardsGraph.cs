using JsonApiCards.Api.CreditCards;
using JsonApiCards.Api.Customers;
using JsonApiCards.Api.Orders;
using JsonApiCards.Api.PaymentSources;
using JsonApiCards.JsonApi;
using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.Fuzz;

/// <summary>The service's four resources, read by the layer as the service reads them, and the layer's default limits.</summary>
internal static class CardsGraph
{
    public static ResourceGraph Graph { get; } = new ResourceGraphBuilder().Add<CreditCard>().Add<Customer>().Add<Order>().Add<CustomerPaymentSource>().Build();

    public static JsonApiOptions Options { get; } = new();

    /// <summary>A resource type chosen by one byte of the input, so the fuzzer can steer to any of them.</summary>
    public static ResourceType TypeFor(byte selector) => Graph.ResourceTypes[selector % Graph.ResourceTypes.Count];
}
