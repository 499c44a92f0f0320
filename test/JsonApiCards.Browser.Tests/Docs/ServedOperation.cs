using System.Text.Json.Nodes;

namespace JsonApiCards.Browser.Tests.Docs;

/// <summary>An operation of the document the service serves, under the tag Swagger UI lists it (<c>default</c> when it has none).</summary>
public sealed record ServedOperation(string Tag, string OperationId)
{
    public static async Task<ServedOperation[]> ReadAllAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        JsonNode document = JsonNode.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!;
        return
        [
            .. from path in document["paths"]!.AsObject()
               from operation in path.Value!.AsObject()
               from tag in operation.Value!["tags"]?.AsArray().Select(tag => tag!.GetValue<string>()) ?? ["default"]
               select new ServedOperation(tag, operation.Value!["operationId"]!.GetValue<string>()),
        ];
    }
}
