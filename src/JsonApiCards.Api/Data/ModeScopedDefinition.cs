using System.Collections.Frozen;
using System.Linq.Expressions;
using JsonApiCards.Api.Security;
using JsonApiCards.JsonApi.Definitions;

namespace JsonApiCards.Api.Data;

/// <summary>The base of every resource definition here: queries see only the caller's mode, new rows join it, and <c>meta.mode</c> reports it.</summary>
public abstract class ModeScopedDefinition<TResource>(CallerContext caller) : JsonApiResourceDefinition<TResource>
    where TResource : CardsResource
{
    private static readonly FrozenDictionary<string, IReadOnlyDictionary<string, string>> MetaByMode = new Dictionary<string, IReadOnlyDictionary<string, string>>
    {
        [CardsMode.Test] = new Dictionary<string, string> { ["mode"] = CardsMode.Test },
        [CardsMode.Live] = new Dictionary<string, string> { ["mode"] = CardsMode.Live },
    }.ToFrozenDictionary();

    protected CallerContext Caller { get; } = caller;

    private static readonly IReadOnlyList<Expression<Func<TResource, object?>>> ReadsMode = [resource => resource.Mode];

    /// <summary><see cref="GetMeta"/> reads the mode, so every read loads it whatever the sparse fieldset.</summary>
    public override IReadOnlyList<Expression<Func<TResource, object?>>> RequiredProperties => ReadsMode;

    /// <summary>
    /// What the caller may see (<see cref="CallerContext.ScopeOf{TResource}"/>): an integration's mode, a customer's own
    /// records, for primary data (through the base's <c>OnApplyScope</c>) and for included and linked resources alike.
    /// Where nobody calls (the layer's start-up check of definitions), nothing is in scope.
    /// </summary>
    public override Expression<Func<TResource, bool>>? ScopeFilter => Caller.ScopeOf<TResource>();

    /// <summary>
    /// Puts a new resource in the caller's mode, then runs the resource's own rules (<see cref="OnWritingInModeAsync"/>).
    /// Sealed, so that no definition can leave a live caller's row in test mode by forgetting to call a base method.
    /// </summary>
    public sealed override Task OnWritingAsync(TResource resource, WriteContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (context.Operation == WriteOperation.Create)
        {
            resource.Mode = Caller.Mode;
        }

        return OnWritingInModeAsync(resource, context, cancellationToken);
    }

    /// <summary>The resource's rules before it is saved; a new resource is already in the caller's mode.</summary>
    protected virtual Task OnWritingInModeAsync(TResource resource, WriteContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    public override IReadOnlyDictionary<string, string>? GetMeta(TResource resource) => MetaByMode[resource.Mode];
}
