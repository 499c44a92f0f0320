using System.Security.Claims;
using JsonApiCards.Api.Data;

namespace JsonApiCards.Api.Security;

/// <summary>
/// Who is calling, and in which mode, as the request's validated access token says: every definition's scope reads
/// only this. One per request scope; read on first use, because definitions are also built where no request is (the
/// layer resolves each once at start-up), and there nothing may read it.
/// </summary>
public sealed class CallerContext
{
    private readonly IHttpContextAccessor? _request;
    private string? _mode;

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

    /// <summary>The caller of the current request, from the claims of its validated access token.</summary>
    public static CallerContext OfRequest(IHttpContextAccessor request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new(request, null);
    }

    /// <summary>A caller of a fixed mode, for code that calls the resource services without a request (benchmarks).</summary>
    public static CallerContext OfMode(string mode) =>
        CardsMode.IsKnown(mode) ? new(null, mode) : throw new ArgumentException($"'{mode}' is not a mode.", nameof(mode));

    private static string ModeOf(ClaimsPrincipal? user) =>
        user?.FindFirst(AccessTokenClaims.Mode)?.Value is { } mode && CardsMode.IsKnown(mode)
            ? mode
            : throw new InvalidOperationException("The request has no authenticated caller; every route that reads or writes resources requires a bearer token.");
}
