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

    /// <summary>A document-checked JSON:API client of another host over the application's database (<c>WithWebHostBuilder</c>), with the application's access token of the mode.</summary>
    public static HttpClient CreateJsonApiClientOf(this JsonApiCardsApplication app, WebApplicationFactory<Program> host, string mode = JsonApiCards.Api.Data.CardsMode.Test)
    {
        ArgumentNullException.ThrowIfNull(app);
        HttpClient client = host.CreateDocumentCheckedClient();
        client.DefaultRequestHeaders.Accept.Add(new System.Net.Http.Headers.MediaTypeWithQualityHeaderValue(JsonApiHttp.MediaType));
        client.DefaultRequestHeaders.Authorization = app.AuthorizationFor(mode);
        return client;
    }
}
