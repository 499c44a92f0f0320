using System.Net;
using JsonApiCards.JsonApi.Documents;
using JsonApiCards.JsonApi.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

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
            throw new JsonApiException(new ErrorObject(
                HttpStatusCode.UnsupportedMediaType,
                "UNSUPPORTED_MEDIA_TYPE",
                "The specified Content-Type header value is not supported.",
                $"Send 'Content-Type: {JsonApiMediaType.Value}' with no media type parameters other than 'profile'; this server supports no extensions.")
            { Header = HeaderNames.ContentType });
        }

        if (!JsonApiMediaType.IsAcceptable(request.Headers.Accept))
        {
            throw new JsonApiException(new ErrorObject(
                HttpStatusCode.NotAcceptable,
                "NOT_ACCEPTABLE",
                "The specified Accept header value does not contain any supported media types.",
                $"Accept '{JsonApiMediaType.Value}' with no media type parameters other than 'profile'.")
            { Header = HeaderNames.Accept });
        }

        return next(context);
    }
}
