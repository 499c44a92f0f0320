using JsonApiCards.JsonApi.Documents;
using JsonApiCards.JsonApi.Errors;
using Microsoft.AspNetCore.Http;

namespace JsonApiCards.JsonApi.Endpoints;

/// <summary>Answers 415 and 406 exactly as JSON:API 1.1 asks, before any handler runs.</summary>
internal sealed class ContentNegotiationFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        HttpRequest request = context.HttpContext.Request;
        bool sendsDocument = HttpMethods.IsPost(request.Method) || HttpMethods.IsPatch(request.Method)
            || (HttpMethods.IsDelete(request.Method) && (request.ContentLength > 0 || request.ContentType is not null));

        if (sendsDocument && (request.ContentType is null || !JsonApiMediaType.IsAcceptableContentType(request.ContentType)))
        {
            throw ContentNegotiationErrors.UnsupportedMediaType(JsonApiMediaType.Value);
        }

        if (!JsonApiMediaType.IsAcceptable(request.Headers.Accept))
        {
            throw ContentNegotiationErrors.NotAcceptable(JsonApiMediaType.Value);
        }

        return next(context);
    }
}
