using Microsoft.AspNetCore.Routing;

namespace JsonApiCards.JsonApi;

/// <summary>How one resource was added: whether it is served without a caller scope, and how its routes are mapped.</summary>
/// <param name="ClrType">The entity type.</param>
/// <param name="IsUnscoped">Added with <see cref="JsonApiResourceBuilder.AddUnscoped{TResource}"/>: its definition may have no caller scope.</param>
/// <param name="MapRoutes">Maps the resource's routes under a group of the JSON:API base path.</param>
internal sealed record JsonApiResourceRegistration(Type ClrType, bool IsUnscoped, Action<IEndpointRouteBuilder> MapRoutes);

/// <summary>Every resource added to the layer, in the order they were added.</summary>
internal sealed record JsonApiResourceRegistrations(IReadOnlyList<JsonApiResourceRegistration> All);
