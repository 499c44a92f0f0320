using System.Buffers;
using JsonApiCards.JsonApi.Errors;
using Microsoft.AspNetCore.Http;

namespace JsonApiCards.JsonApi.Endpoints;

/// <summary>Reads request bodies into memory within the configured size; the caller erases them once read.</summary>
internal static class RequestBodyBytes
{
    /// <summary>Reads the whole request body, refusing one longer than <paramref name="limit"/> bytes with 413.</summary>
    public static async Task<ReadOnlyMemory<byte>> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > limit)
        {
            throw RequestBodyErrors.TooLarge(limit);
        }

        // Clients almost always send Content-Length (the server holds them to it): read into one array of that size.
        if (request.ContentLength is long length)
        {
            byte[] body = new byte[length];
            int filled = 0;
            while (filled < body.Length)
            {
                int read = await request.Body.ReadAsync(body.AsMemory(filled), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                filled += read;
            }

            return body.AsMemory(0, filled);
        }

        return await ReadChunkedBodyAsync(request, limit, cancellationToken);
    }

    private static async Task<ReadOnlyMemory<byte>> ReadChunkedBodyAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        byte[] chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    throw RequestBodyErrors.TooLarge(limit);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk, clearArray: true);
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }
}
