using System.Net;

namespace JsonApiCards.JsonApi.Errors;

/// <summary>Ends a request with one or more JSON:API error objects.</summary>
public class JsonApiException : Exception
{
    /// <summary>Creates an exception for one error.</summary>
    public JsonApiException(ErrorObject error)
        : this([error])
    {
    }

    /// <summary>Creates an exception for several errors; the response status is the most general one of them.</summary>
    public JsonApiException(IReadOnlyList<ErrorObject> errors)
        : base(errors.Count > 0 ? errors[0].Detail ?? errors[0].Title : "No errors.")
    {
        ArgumentOutOfRangeException.ThrowIfZero(errors.Count);
        Errors = errors;
    }

    /// <summary>The errors to return.</summary>
    public IReadOnlyList<ErrorObject> Errors { get; }

    /// <summary>The response status: the errors' status when they agree, else the general 4xx or 5xx class.</summary>
    public HttpStatusCode Status
    {
        get
        {
            HttpStatusCode first = Errors[0].Status;
            if (Errors.All(error => error.Status == first))
            {
                return first;
            }

            return Errors.Any(error => (int)error.Status >= 500) ? HttpStatusCode.InternalServerError : HttpStatusCode.BadRequest;
        }
    }
}
