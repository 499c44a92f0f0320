using System.Collections.Frozen;
using System.Linq.Expressions;
using JsonApiCards.Api.CreditCards;
using JsonApiCards.Api.Customers;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Orders;
using JsonApiCards.Api.PaymentSources;

namespace JsonApiCards.Api.Security;

/// <summary>
/// What each kind of caller may see of each resource, as predicates: an integration sees its whole mode; a customer sees,
/// in its mode, itself, its orders, its wallet (customer payment sources) and the cards on those (in its wallet, paying for
/// one of its orders, or whose <c>order</c> is one of its orders). Definitions scope their own resource with these, and every
/// query a definition makes of another resource goes through that resource's predicate here.
/// </summary>
internal static class CallerScopes
{
    // One instance per mode and type, shared by every integration's request: the mode is a captured variable (a parameter).
    private static readonly FrozenDictionary<(string Mode, Type Type), LambdaExpression> ModeScopes = new Dictionary<(string, Type), LambdaExpression>
    {
        [(CardsMode.Test, typeof(CreditCard))] = ModeIs<CreditCard>(CardsMode.Test),
        [(CardsMode.Live, typeof(CreditCard))] = ModeIs<CreditCard>(CardsMode.Live),
        [(CardsMode.Test, typeof(Customer))] = ModeIs<Customer>(CardsMode.Test),
        [(CardsMode.Live, typeof(Customer))] = ModeIs<Customer>(CardsMode.Live),
        [(CardsMode.Test, typeof(Order))] = ModeIs<Order>(CardsMode.Test),
        [(CardsMode.Live, typeof(Order))] = ModeIs<Order>(CardsMode.Live),
        [(CardsMode.Test, typeof(CustomerPaymentSource))] = ModeIs<CustomerPaymentSource>(CardsMode.Test),
        [(CardsMode.Live, typeof(CustomerPaymentSource))] = ModeIs<CustomerPaymentSource>(CardsMode.Live),
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<Type, Func<CustomerScopeValues, LambdaExpression>> CustomerScopes = new Dictionary<Type, Func<CustomerScopeValues, LambdaExpression>>
    {
        [typeof(Customer)] = OwnCustomer,
        [typeof(Order)] = OwnOrders,
        [typeof(CustomerPaymentSource)] = OwnWallet,
        [typeof(CreditCard)] = OwnCards,
    }.ToFrozenDictionary();

    /// <summary>An integration's scope of <typeparamref name="TResource"/>: the mode's rows. The same instance for every caller of the mode.</summary>
    public static Expression<Func<TResource, bool>> OfMode<TResource>(string mode)
        where TResource : CardsResource => (Expression<Func<TResource, bool>>)ModeScopes[(mode, typeof(TResource))];

    /// <summary>A customer's scope of <typeparamref name="TResource"/>: a new instance capturing <paramref name="customer"/>, built once per request.</summary>
    public static Expression<Func<TResource, bool>> OfCustomer<TResource>(CustomerScopeValues customer)
        where TResource : CardsResource => (Expression<Func<TResource, bool>>)CustomerScopes[typeof(TResource)](customer);

    private static Expression<Func<TResource, bool>> ModeIs<TResource>(string mode)
        where TResource : CardsResource => resource => resource.Mode == mode;

    private static Expression<Func<Customer, bool>> OwnCustomer(CustomerScopeValues customer) =>
        row => row.Mode == customer.Mode && row.Id == customer.CustomerId;

    private static Expression<Func<Order, bool>> OwnOrders(CustomerScopeValues customer) =>
        order => order.Mode == customer.Mode && order.CustomerId == customer.CustomerId;

    private static Expression<Func<CustomerPaymentSource, bool>> OwnWallet(CustomerScopeValues customer) =>
        source => source.Mode == customer.Mode && source.CustomerId == customer.CustomerId;

    private static Expression<Func<CreditCard, bool>> OwnCards(CustomerScopeValues customer) =>
        card => card.Mode == customer.Mode
            && (card.WalletEntries.Any(source => source.CustomerId == customer.CustomerId)
                || card.PaidOrders.Any(order => order.CustomerId == customer.CustomerId)
                || card.Order!.CustomerId == customer.CustomerId);
}
