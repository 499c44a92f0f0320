using System.Net;
using JsonApiCards.JsonApi.Errors;

namespace JsonApiCards.Fuzz;

/// <summary>What a harness may see go wrong: bad input refused with the layer's own 4xx error. Anything else escapes as a crash.</summary>
internal static class ExpectedRefusal
{
    /// <summary>Runs <paramref name="read"/>; true when it accepted its input, false when it refused it as it must.</summary>
    public static bool Around(Action read)
    {
        try
        {
            read();
            return true;
        }
        catch (JsonApiException exception) when (exception.Status is >= HttpStatusCode.BadRequest and < HttpStatusCode.InternalServerError)
        {
            // The request is refused as a client error: what bad input must get.
            return false;
        }
    }
}
