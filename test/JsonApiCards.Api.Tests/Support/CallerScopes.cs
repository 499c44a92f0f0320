using System.Security.Claims;
using JsonApiCards.Api.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.Api.Tests.Support;

/// <summary>Service scopes with a caller, for tests that call definitions and services directly, as a request of that caller would.</summary>
public static class CallerScopes
{
    /// <summary>A scope whose <see cref="CallerContext"/> is an integration of the mode, through the request it would read it from.</summary>
    public static AsyncServiceScope CreateCallerScope(this JsonApiCardsApplication app, string mode)
    {
        ArgumentNullException.ThrowIfNull(app);
        AsyncServiceScope scope = app.Services.CreateAsyncScope();

        // Set here, in a method that is not async, so that the request flows back to the caller's code that uses the scope.
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            RequestServices = scope.ServiceProvider,
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(AccessTokenClaims.Mode, mode)], authenticationType: "test")),
        };
        return scope;
    }
}
