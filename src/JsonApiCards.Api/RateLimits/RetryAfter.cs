using System.Globalization;
using System.Threading.RateLimiting;

namespace JsonApiCards.Api.RateLimits;

/// <summary>When a refused caller may try again, from the refused lease, as the <c>Retry-After</c> header says it (RFC 9110, 10.2.3: whole seconds).</summary>
internal static class RetryAfter
{
    /// <summary>The lease's own estimate rounded up to whole seconds, at least one; a limiter that gives none is asked again in a second.</summary>
    public static int SecondsOf(RateLimitLease lease)
    {
        ArgumentNullException.ThrowIfNull(lease);
        return lease.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan wait)
            ? (int)Math.Max(1, Math.Ceiling(wait.TotalSeconds))
            : 1;
    }

    public static void Set(HttpResponse response, int seconds) =>
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
}
