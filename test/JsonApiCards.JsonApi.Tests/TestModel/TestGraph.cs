using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Tests.TestModel;

/// <summary>The resource graph of the test model, built once.</summary>
internal static class TestGraph
{
    public static ResourceGraph Graph { get; } = new ResourceGraphBuilder().Add<Card>().Add<Customer>().Add<Order>().Add<AuditEvent>().Build();

    public static ResourceType Cards => Graph.GetResourceType<Card>();

    public static ResourceType Customers => Graph.GetResourceType<Customer>();

    public static ResourceType Orders => Graph.GetResourceType<Order>();
}
