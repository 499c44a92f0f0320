namespace JsonApiCards.JsonApi.Operations;

/// <summary>Endpoint metadata that marks the atomic operations extension's route, for its description in the OpenAPI document.</summary>
internal sealed record AtomicOperationsRoute
{
    /// <summary>The one instance.</summary>
    public static readonly AtomicOperationsRoute Instance = new();
}
