using System.Collections.Frozen;
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

    /// <summary><see cref="GetMeta"/> reads the mode, so every read loads it whatever the sparse fieldset.</summary>
    public override IReadOnlyList<string> RequiredProperties { get; } = [nameof(CardsResource.Mode)];

    public override IQueryable<TResource> OnApplyScope(IQueryable<TResource> query)
    {
        string mode = Caller.Mode;
        return query.Where(resource => resource.Mode == mode);
    }

    public override Task OnWritingAsync(TResource resource, WriteContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (context.Operation == WriteOperation.Create)
        {
            resource.Mode = Caller.Mode;
        }

        return Task.CompletedTask;
    }

    public override IReadOnlyDictionary<string, string>? GetMeta(TResource resource) => MetaByMode[resource.Mode];
}
