using System.Collections.Concurrent;
using System.Globalization;
using System.Linq.Expressions;
using System.Security.Claims;
using JsonApiCards.Api.Data;

namespace JsonApiCards.Api.Security;

/// <summary>
/// Who is calling, and in which mode, as the request's validated access token says: every definition's scope reads
/// only this. One per request scope; read on first use, because definitions are also built where no request is (the
/// layer resolves each once at start-up), and there nothing may read it. Safe to read from two threads at once: the layer
/// counts a list on a second connection while it reads the page, and both statements read the caller's scopes.
/// </summary>
public sealed class CallerContext
{
    private readonly IHttpContextAccessor? _request;
    private readonly ConcurrentDictionary<Type, LambdaExpression> _customerScopes = new();
    private string? _mode;
    private CustomerRead? _customer;

    private CallerContext(IHttpContextAccessor? request, string? mode)
    {
        _request = request;
        _mode = mode;
    }

    /// <summary>Whether anyone is calling: false only where no request is, as when the layer checks the definitions at start-up.</summary>
    public bool IsPresent => _mode is not null || _request?.HttpContext is not null;

    /// <summary><see cref="CardsMode.Test"/> or <see cref="CardsMode.Live"/>.</summary>
    /// <exception cref="InvalidOperationException">The request has no authenticated caller: a route that reads resources without requiring a token is a bug.</exception>
    public string Mode => _mode ??= ModeOf(_request?.HttpContext?.User);

    /// <summary>The customer a customer token speaks for, or null for an integration (or where no request is).</summary>
    public long? CustomerId => Customer?.CustomerId;

    /// <summary>Whether the caller is a customer (a token of the password grant), who sees only its own records.</summary>
    public bool IsCustomer => CustomerId is not null;

    // Read once, whichever thread comes first: every scope of the request then captures the same customer values.
    private CustomerScopeValues? Customer =>
        LazyInitializer.EnsureInitialized(ref _customer, () => new CustomerRead(CustomerOf(_request?.HttpContext?.User) is long id ? new CustomerScopeValues(Mode, id) : null)).Value;

    /// <summary>
    /// What the caller may see of <typeparamref name="TResource"/> (see <see cref="CallerScopes"/>): an integration's mode, a
    /// customer's own records, nothing where nobody calls. An integration's is one shared instance per mode; a customer's is
    /// built once per request and captures that customer, so its values reach EF Core as parameters, never as constants.
    /// </summary>
    public Expression<Func<TResource, bool>> ScopeOf<TResource>()
        where TResource : CardsResource
    {
        if (!IsPresent)
        {
            return NothingInScope<TResource>.Filter;
        }

        if (Customer is not { } customer)
        {
            return CallerScopes.OfMode<TResource>(Mode);
        }

        // Two threads may build a type's scope at once; both return the one stored first.
        return (Expression<Func<TResource, bool>>)_customerScopes.GetOrAdd(typeof(TResource), static (_, values) => CallerScopes.OfCustomer<TResource>(values), customer);
    }

    /// <summary>The caller of the current request, from the claims of its validated access token.</summary>
    public static CallerContext OfRequest(IHttpContextAccessor request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new(request, null);
    }

    /// <summary>A caller of a fixed mode, for code that calls the resource services without a request (benchmarks).</summary>
    public static CallerContext OfMode(string mode) =>
        CardsMode.IsKnown(mode) ? new(null, mode) : throw new ArgumentException($"'{mode}' is not a mode.", nameof(mode));

    private static long? CustomerOf(ClaimsPrincipal? user) =>
        user?.FindFirst(AccessTokenClaims.CustomerId)?.Value is { } id && long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out long customerId)
            ? customerId
            : null;

    private static class NothingInScope<TResource>
    {
        public static readonly Expression<Func<TResource, bool>> Filter = _ => false;
    }

    private static string ModeOf(ClaimsPrincipal? user) =>
        user?.FindFirst(AccessTokenClaims.Mode)?.Value is { } mode && CardsMode.IsKnown(mode)
            ? mode
            : throw new InvalidOperationException("The request has no authenticated caller; every route that reads or writes resources requires a bearer token.");

    private sealed record CustomerRead(CustomerScopeValues? Value);
}
