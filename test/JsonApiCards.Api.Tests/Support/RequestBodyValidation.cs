using JsonApiCards.Api.Tests.OpenApi;
using NJsonSchema;
using NJsonSchema.Validation;
using NSwag;

namespace JsonApiCards.Api.Tests.Support;

/// <summary>
/// Holds every request body the tests send to <c>/api</c> to the request schema the committed OpenAPI document declares for
/// its operation and media type: a body the service accepts (2xx) must be valid by it, and a body it rejects (or sent to an
/// operation with no request body, or as a media type it does not declare) must get a 4xx. A violation throws, failing the
/// test that sent the request, with the operation, the body and the schema's errors.
/// </summary>
public sealed class RequestBodyValidation : DelegatingHandler
{
    private const string ApiPrefix = "/api/";

    // Loaded and indexed once for the whole run; NJsonSchema resolves the document's $refs as it loads.
    private static readonly Lazy<Task<DocumentOperations>> Operations = new(DocumentOperations.LoadAsync);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Content is null || request.RequestUri is null || !PathOf(request.RequestUri).StartsWith(ApiPrefix, StringComparison.Ordinal))
        {
            return await base.SendAsync(request, cancellationToken);
        }

        if (request.Options.TryGetValue(BeyondTheDocument, out _))
        {
            return await base.SendAsync(request, cancellationToken);
        }

        string body = await ReadKeepingItsFramingAsync(request, cancellationToken);
        string path = PathOf(request.RequestUri);
        string? mediaType = request.Content.Headers.ContentType?.MediaType;
        (string Operation, string[] Errors) verdict = (await Operations.Value).Validate(request.Method, path, mediaType, body);
        HttpResponseMessage response = await base.SendAsync(request, cancellationToken);

        int status = (int)response.StatusCode;
        if (verdict.Errors.Length == 0 || status is >= 400 and < 500)
        {
            return response;
        }

        response.Dispose();
        throw new InvalidOperationException(
            $"{request.Method} {path} ({verdict.Operation}): the service answered {status} to a body the document's request schema rejects; it must be a 4xx, or the document must accept the body."
            + $"\nBody ({mediaType ?? "no media type"}): {body}\nErrors: {string.Join("; ", verdict.Errors)}");
    }

    /// <summary>
    /// Marks a request whose body the service takes on purpose though the document does not declare it (a leniency the
    /// document leaves out so that clients send the canonical form); the value says why. Such a request is not checked.
    /// </summary>
    public static readonly HttpRequestOptionsKey<string> BeyondTheDocument = new(nameof(BeyondTheDocument));

    // Reading buffers the body, which gives it a length: a body streamed without one (chunked) is sent on the same way.
    private static async Task<string> ReadKeepingItsFramingAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpContent content = request.Content!;
        if (content.Headers.ContentLength is not null)
        {
            return await content.ReadAsStringAsync(cancellationToken);
        }

        byte[] bytes = await content.ReadAsByteArrayAsync(cancellationToken);
        var unsized = new StreamContent(new UnseekableStream(bytes));
        foreach (var (name, values) in content.Headers.NonValidated)
        {
            unsized.Headers.TryAddWithoutValidation(name, values);
        }

        request.Content = unsized;
        return System.Text.Encoding.UTF8.GetString(bytes);
    }

    private static string PathOf(Uri uri) => uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString.Split('?')[0];

    private sealed class DocumentOperations(OpenApiDocument document)
    {
        private readonly (string[] Segments, OpenApiPathItem Item, string Template)[] _paths =
        [
            .. document.Paths
                .Select(path => (Segments: path.Key.Split('/'), Item: path.Value, Template: path.Key))
                .OrderByDescending(path => path.Segments.Count(segment => !segment.StartsWith('{'))),
        ];

        public static async Task<DocumentOperations> LoadAsync() =>
            new(await OpenApiDocument.FromFileAsync(CommittedOpenApiDocument.JsonPath));

        /// <summary>The operation the request goes to, and why the document rejects its body (none when it accepts it).</summary>
        public (string Operation, string[] Errors) Validate(HttpMethod method, string path, string? mediaType, string body)
        {
            string[] segments = path.Split('/');
            var match = _paths.FirstOrDefault(candidate => candidate.Segments.Length == segments.Length
                && candidate.Segments.Zip(segments).All(pair => pair.First.StartsWith('{') || pair.First == pair.Second));
            if (match.Item is null || !match.Item.TryGetValue(method.Method.ToLowerInvariant(), out OpenApiOperation? operation))
            {
                return ($"{method} {path}, not in the document", ["the document has no such operation"]);
            }

            string name = $"{operation.OperationId}: {method} {match.Template}";
            if (operation.RequestBody is null)
            {
                return (name, ["the operation declares no request body"]);
            }

            if (mediaType is null || !operation.RequestBody.Content.TryGetValue(mediaType, out OpenApiMediaType? content) || content.Schema is null)
            {
                return (name, [$"the operation declares no request body as {mediaType ?? "(no media type)"}"]);
            }

            try
            {
                ICollection<ValidationError> errors = content.Schema.Validate(body, SchemaType.OpenApi3);
                return (name, [.. errors.Select(error => error.ToString())]);
            }
            catch (Newtonsoft.Json.JsonException exception)
            {
                return (name, [$"not JSON: {exception.Message}"]);
            }
        }
    }
}
