using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JsonApiCards.Api.Health;

/// <summary>
/// What an orchestrator or load balancer asks: <c>GET /health/live</c> (the process answers) and <c>GET /health/ready</c>
/// (the database is reachable and fully migrated, so requests can be served; else 503). Outside <c>/api</c>, without
/// credentials and without a rate limit: a probe must never be refused for who or how often it asks.
/// </summary>
public static class HealthApi
{
    /// <summary>The tag of the checks readiness runs.</summary>
    internal const string Ready = "ready";

    public static WebApplicationBuilder AddCardsHealthChecks(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHealthChecks()
            .AddDbContextCheck<Data.CardsDbContext>("database", tags: [Ready])
            .AddCheck<PendingMigrationsHealthCheck>("migrations", tags: [Ready]);
        return builder;
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        RouteGroupBuilder health = endpoints.MapGroup("/health").WithTags("health").AllowAnonymous().DisableRateLimiting();
        health.MapGet("/live", Live).WithName("health_live");
        health.MapGet("/ready", ReadyAsync).WithName("health_ready")
            .Produces<HealthResponse>(StatusCodes.Status503ServiceUnavailable, "application/json");
        return endpoints;
    }

    private static Ok<HealthResponse> Live() => TypedResults.Ok(new HealthResponse(nameof(HealthStatus.Healthy), new Dictionary<string, string>()));

    private static async Task<Results<Ok<HealthResponse>, JsonHttpResult<HealthResponse>>> ReadyAsync(HealthCheckService checks, CancellationToken cancellationToken)
    {
        HealthReport report = await checks.CheckHealthAsync(check => check.Tags.Contains(Ready), cancellationToken);
        HealthResponse response = HealthResponse.Of(report);
        return report.Status == HealthStatus.Unhealthy
            ? TypedResults.Json(response, statusCode: StatusCodes.Status503ServiceUnavailable)
            : TypedResults.Ok(response);
    }
}
