using System.Text.Json;
using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Documents;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Services;
using Microsoft.EntityFrameworkCore;

namespace JsonApiCards.JsonApi.Operations;

/// <summary>
/// Runs the operations of one atomic request in order, in one database transaction, each through the resource service,
/// definition and caller scope its single route uses (whose own transactions join this one). The first failure rolls
/// every operation back and is answered with the single route's error, its pointer moved into the failing operation.
/// </summary>
internal sealed class AtomicOperationsProcessor(DbContext dbContext, ResourceOperationTargets targets, IServiceProvider services)
{
    private readonly LocalIds _lids = new();

    /// <summary>Runs the operations; returns one entry per operation, null for those whose result has no data.</summary>
    public async Task<IReadOnlyList<AtomicResult?>> RunAsync(IReadOnlyList<AtomicOperation> operations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operations);
        var results = new List<AtomicResult?>(operations.Count);
        await using var transaction = await dbContext.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            foreach (AtomicOperation operation in operations)
            {
                try
                {
                    results.Add(await RunAsync(operation, cancellationToken));
                }
                catch (JsonApiException exception)
                {
                    throw AtomicOperationErrors.InOperation(exception, operation.Index);
                }
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            // The entities the rolled-back operations tracked must not be written by anything later in the request.
            dbContext.ChangeTracker.Clear();
            throw;
        }

        return results;
    }

    private async Task<AtomicResult?> RunAsync(AtomicOperation operation, CancellationToken cancellationToken)
    {
        IResourceOperationTarget target = targets[operation.Type];
        switch (operation.Kind)
        {
            case AtomicOperationKind.AddResource:
            {
                using OperationDocument document = OperationDocument.ForResource(operation.Data!.Value, _lids, "/data", creates: true);
                ResourceRequest request = DocumentReader.ReadResource(document.Body, operation.Type, expectedId: null);
                object created = await target.CreateAsync(services, request, cancellationToken);
                if (document.DeclaredLid is { } lid)
                {
                    _lids.Define(lid, operation.Type, ((IIdentifiable)created).Id);
                }

                return new AtomicResult(operation.Type, created);
            }

            case AtomicOperationKind.UpdateResource:
            {
                using OperationDocument document = OperationDocument.ForResource(operation.Data!.Value, _lids, "/data", creates: false);
                long id = operation.Ref is null
                    ? document.ResourceId ?? throw RequestBodyErrors.Invalid("/data", "Expected an 'id' or 'lid' member in the resource object.")
                    : IdOf(operation.Ref);
                ResourceRequest request = DocumentReader.ReadResource(document.Body, operation.Type, id);
                return new AtomicResult(operation.Type, await target.UpdateAsync(services, id, request, cancellationToken));
            }

            case AtomicOperationKind.RemoveResource:
                await target.DeleteAsync(services, IdOf(operation.Ref!), cancellationToken);
                return null;

            default:
            {
                AtomicReference reference = operation.Ref!;
                RelationshipField relationship = reference.Relationship!;
                WriteOperation change = operation.Kind switch
                {
                    AtomicOperationKind.AddToRelationship => WriteOperation.AddToRelationship,
                    AtomicOperationKind.UpdateRelationship => WriteOperation.SetRelationship,
                    _ => WriteOperation.RemoveFromRelationship,
                };
                long id = IdOf(reference);

                // As on the relationship endpoints: a change the relationship never allows is a 403 whatever the body says.
                RelationshipChangeRules.EnsureAllowed(relationship, change);
                using OperationDocument document = OperationDocument.ForLinkage(operation.Data!.Value, _lids, "/data");
                RelationshipRequest linkage = DocumentReader.ReadRelationship(document.Body, relationship);
                await target.ChangeRelationshipAsync(services, id, change, linkage, cancellationToken);
                return null;
            }
        }
    }

    /// <summary>The id a <c>ref</c> names; one that is not a number names nothing, so it is a 404 as in a URL.</summary>
    private long IdOf(AtomicReference reference) =>
        reference.Lid is { } lid ? _lids.Resolve(lid, reference.Type.PublicName, "/ref/lid")
        : ResourceId.TryParse(reference.Id, out long id) ? id
        : throw ResourceErrors.NotFound(reference.Type, reference.Id ?? "");
}
