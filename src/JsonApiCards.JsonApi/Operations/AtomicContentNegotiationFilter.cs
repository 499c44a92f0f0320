using JsonApiCards.JsonApi.Errors;
using Microsoft.AspNetCore.Http;

namespace JsonApiCards.JsonApi.Operations;

/// <summary>Answers 415 and 406 for the atomic operations endpoint before its handler runs, as the extension and JSON:API 1.1 ask.</summary>
internal sealed class AtomicContentNegotiationFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        HttpRequest request = context.HttpContext.Request;
        if (!AtomicMediaType.IsAcceptableContentType(request.ContentType))
        {
            throw AtomicOperationErrors.UnsupportedMediaType(AtomicMediaType.Value);
        }

        if (!AtomicMediaType.IsAcceptable(request.Headers.Accept))
        {
            throw AtomicOperationErrors.NotAcceptable(AtomicMediaType.Value);
        }

        return next(context);
    }
}
