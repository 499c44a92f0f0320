using System.Collections.Concurrent;

namespace JsonApiCards.Client.Tests.CSharp;

/// <summary>The media types of every request the client sends, as the server receives them.</summary>
internal sealed class RecordedRequests : DelegatingHandler
{
    public ConcurrentQueue<(HttpMethod Method, string Path, string? ContentType, string Accept)> Sent { get; } = new();

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Sent.Enqueue((request.Method, request.RequestUri!.AbsolutePath, request.Content?.Headers.ContentType?.ToString(), request.Headers.Accept.ToString()));
        return base.SendAsync(request, cancellationToken);
    }
}
