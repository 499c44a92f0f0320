using System.Collections.Frozen;
using System.Reflection;
using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Resources;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.JsonApi.Services;

/// <summary>
/// The to-one a member of a to-many relationship points back with, when the foreign key is on the members
/// (<c>customers.orders</c> is written as <c>orders.customer</c>), with the member type's write hooks bound once.
/// </summary>
internal sealed class InverseToOne
{
    private static readonly MethodInfo OnWritingMethod = typeof(InverseToOne).GetMethod(nameof(OnWriting), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo OnWriteSucceededMethod = typeof(InverseToOne).GetMethod(nameof(OnWriteSucceeded), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly Func<IServiceProvider, object, WriteContext, CancellationToken, Task> _onWriting;
    private readonly Func<IServiceProvider, object, WriteContext, CancellationToken, Task> _onWriteSucceeded;

    public InverseToOne(RelationshipField relationship)
    {
        Relationship = relationship;

        // A member that joins or leaves has exactly its own to-one set, as PATCH /{members}/{id}/relationships/{to-one} would.
        MemberContext = new WriteContext(WriteOperation.SetRelationship, FrozenSet<AttrField>.Empty, new[] { relationship }.ToFrozenSet());
        Type memberType = relationship.Owner.ClrType;
        _onWriting = OnWritingMethod.MakeGenericMethod(memberType).CreateDelegate<Func<IServiceProvider, object, WriteContext, CancellationToken, Task>>();
        _onWriteSucceeded = OnWriteSucceededMethod.MakeGenericMethod(memberType).CreateDelegate<Func<IServiceProvider, object, WriteContext, CancellationToken, Task>>();
    }

    /// <summary>The member type's to-one relationship that holds the foreign key.</summary>
    public RelationshipField Relationship { get; }

    /// <summary>What the member's definition is told was written.</summary>
    public WriteContext MemberContext { get; }

    /// <summary>Runs the member type's <see cref="IResourceDefinition{TResource}.OnWritingAsync"/>, resolved from the request's services.</summary>
    public Task OnWritingAsync(IServiceProvider services, object member, CancellationToken cancellationToken) =>
        _onWriting(services, member, MemberContext, cancellationToken);

    /// <summary>Runs the member type's <see cref="IResourceDefinition{TResource}.OnWriteSucceededAsync"/>, resolved from the request's services.</summary>
    public Task OnWriteSucceededAsync(IServiceProvider services, object member, CancellationToken cancellationToken) =>
        _onWriteSucceeded(services, member, MemberContext, cancellationToken);

    private static Task OnWriting<TMember>(IServiceProvider services, object member, WriteContext context, CancellationToken cancellationToken)
        where TMember : class =>
        services.GetRequiredService<IResourceDefinition<TMember>>().OnWritingAsync((TMember)member, context, cancellationToken);

    private static Task OnWriteSucceeded<TMember>(IServiceProvider services, object member, WriteContext context, CancellationToken cancellationToken)
        where TMember : class =>
        services.GetRequiredService<IResourceDefinition<TMember>>().OnWriteSucceededAsync((TMember)member, context, cancellationToken);
}
