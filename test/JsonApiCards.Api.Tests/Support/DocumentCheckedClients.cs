using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace JsonApiCards.Api.Tests.Support;

public static class DocumentCheckedClients
{
    /// <summary>
    /// A client of the factory as <c>CreateClient()</c> makes it (following redirects, keeping cookies), with every body
    /// sent to /api held to the document's request schemas (<see cref="RequestBodyValidation"/>).
    /// </summary>
    public static HttpClient CreateDocumentCheckedClient(this WebApplicationFactory<Program> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return factory.CreateDefaultClient(new RedirectHandler(), new CookieContainerHandler(), new RequestBodyValidation());
    }
}
