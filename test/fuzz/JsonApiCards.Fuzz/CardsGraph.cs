using JsonApiCards.Api;
using JsonApiCards.JsonApi;
using JsonApiCards.JsonApi.Resources;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.Fuzz;

/// <summary>The service's resources, registered as the service registers them, and the layer's default limits.</summary>
internal static class CardsGraph
{
    public static ResourceGraph Graph { get; } = Build();

    public static JsonApiOptions Options { get; } = new();

    /// <summary>A resource type chosen by one byte of the input, so the fuzzer can steer to any of them.</summary>
    public static ResourceType TypeFor(byte selector) => Graph.ResourceTypes[selector % Graph.ResourceTypes.Count];

    private static ResourceGraph Build()
    {
        var resources = new JsonApiResourceBuilder(new ServiceCollection());
        CardsResources.Add(resources);
        return resources.BuildGraph();
    }
}
