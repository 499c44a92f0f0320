using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JsonApiCards.Api.Health;

/// <summary>The body of a health answer: the overall status and, for readiness, each check's (<c>Healthy</c> or <c>Unhealthy</c>).</summary>
/// <param name="Status">The overall status.</param>
/// <param name="Checks">Each check by name; empty for liveness, which checks nothing but the process.</param>
internal sealed record HealthResponse(string Status, IReadOnlyDictionary<string, string> Checks)
{
    public static HealthResponse Of(HealthReport report) => new(
        report.Status.ToString(),
        report.Entries.ToDictionary(entry => entry.Key, entry => entry.Value.Status.ToString(), StringComparer.Ordinal));
}
