using System.Text.Json;
using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Operations;

/// <summary>One operation of an atomic request, its structure checked; its <c>data</c> is read when its turn comes.</summary>
/// <param name="Index">Its place in <c>atomic:operations</c>.</param>
/// <param name="Kind">What it does.</param>
/// <param name="Type">The resource type it writes: its <c>ref</c>'s, or its resource object's.</param>
/// <param name="Ref">Its <c>ref</c>, when it has one.</param>
/// <param name="Data">Its <c>data</c>, when it has one; valid as long as the request document is.</param>
internal sealed record AtomicOperation(int Index, AtomicOperationKind Kind, ResourceType Type, AtomicReference? Ref, JsonElement? Data)
{
    /// <summary>The JSON Pointer to the operation in the request document.</summary>
    public string Pointer => $"/atomic:operations/{Index}";
}
