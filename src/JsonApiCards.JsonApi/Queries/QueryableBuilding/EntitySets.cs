using System.Linq.Expressions;
using System.Reflection;
using JsonApiCards.JsonApi.Resources;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;

namespace JsonApiCards.JsonApi.Queries.QueryableBuilding;

/// <summary>
/// The entity sets of the <c>DbContext</c> a query reads from, as query roots a filter may start a subquery from, and the
/// foreign keys that tie a to-many relationship to its members.
/// </summary>
/// <remarks>
/// Each root is made from the query's own provider, so a subquery reads through the same context as the query around it:
/// EF Core refuses a statement whose roots come from two context instances. A root holds that provider, so an expression
/// containing one belongs to one request and is never cached (EF Core's own query cache detaches the provider).
/// </remarks>
internal sealed class EntitySets
{
    private readonly IAsyncQueryProvider _provider;
    private readonly IModel _model;

    private EntitySets(IAsyncQueryProvider provider, IModel model)
    {
        _provider = provider;
        _model = model;
    }

    /// <summary>The sets of the context <paramref name="source"/> reads from; null when it is not an EF Core query (LINQ to objects).</summary>
    public static EntitySets? Of(IQueryable source)
    {
        Expression current = source.Expression;
        while (current is MethodCallExpression { Arguments.Count: > 0 } call)
        {
            current = call.Arguments[0];
        }

        return current is EntityQueryRootExpression { QueryProvider: { } provider } root
            ? new EntitySets(provider, root.EntityType.Model)
            : null;
    }

    /// <summary>The set of <paramref name="clrType"/> as an <c>IQueryable&lt;T&gt;</c> root, or null when the model does not map the type.</summary>
    public Expression? Set(Type clrType) =>
        _model.FindEntityType(clrType) is { } entityType ? new EntityQueryRootExpression(_provider, entityType) : null;

    /// <summary>
    /// The property of a to-many relationship's members that holds the owner's id (<c>Order.CustomerId</c> for
    /// <c>Customer.Orders</c>); null when the members are not tied to the owner's id by one foreign key (many-to-many).
    /// </summary>
    public PropertyInfo? ForeignKeyOfMembers(RelationshipField toMany)
    {
        IForeignKey? foreignKey = _model.FindEntityType(toMany.Owner.ClrType)?.FindNavigation(toMany.Property.Name) is { IsCollection: true } navigation
            ? navigation.ForeignKey
            : null;

        return foreignKey is { Properties: [{ PropertyInfo: { } dependent }], PrincipalKey.Properties: [{ PropertyInfo: { } principal }] }
            && principal.Name == toMany.Owner.Id.Property.Name
            ? dependent
            : null;
    }
}
