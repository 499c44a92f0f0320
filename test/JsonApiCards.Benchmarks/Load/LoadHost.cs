using System.Runtime;
using JsonApiCards.Api;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.RateLimits;
using JsonApiCards.Api.Security;
using JsonApiCards.Api.Vault;
using JsonApiCards.Benchmarks.Baseline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace JsonApiCards.Benchmarks.Load;

/// <summary>
/// <c>serve [--provider postgres] --database FILE|CONNECTION_STRING [--service-port P] [--baseline-port Q] [--unauthenticated-baseline-port R]</c>: the real
/// service and the hand-written baseline in one process over the same database, DbContext registration, vault and fixed
/// clock, each on its own loopback port. Both validate the bearer token with the same JwtBearer setup and limit the rate
/// with the same policy; a second baseline host without authentication serves the same endpoints, so one run measures
/// what validating the token costs. The baseline host also answers <c>GET /_bench/counters</c> with the process's allocated bytes and each
/// host's SQL command count, which load.sh reads before and after every wrk run (runs never overlap, so the
/// process-wide allocation count belongs to the host under load). With <c>--sample-allocations</c>,
/// <c>GET /_bench/allocations</c> lists the types allocated since the last call, sampled by the runtime.
/// <c>POST /_bench/clock/ticking</c> lets the shared clock move once the responses have been compared.
/// <c>GET /_bench/access_token</c> gives the bearer token every request of the run carries, <c>GET /_bench/api_key</c> a
/// test-mode API key for the Ottu routes (soak.sh).
/// </summary>
internal static class LoadHost
{
    public static async Task<int> RunAsync(string[] args)
    {
        var database = BenchmarkDatabase.FromArguments(args);
        int servicePort = CommandLine.IntOption(args, "--service-port", 5101);
        int baselinePort = CommandLine.IntOption(args, "--baseline-port", 5102);
        int unauthenticatedPort = CommandLine.IntOption(args, "--unauthenticated-baseline-port", 5103);
        var clock = new FixedClock(BenchmarkSettings.Now);
        var serviceSql = new SqlCommandCounter();
        var baselineSql = new SqlCommandCounter();
        using AllocationSampler? sampler = args.Contains("--sample-allocations") ? new AllocationSampler() : null;

        await using WebApplication service = CardsServiceApplication.Create(
            BenchmarkSettings.HostArguments(database, $"http://127.0.0.1:{servicePort}"),
            builder => AddBenchmarkServices(builder, clock, serviceSql));

        string accessToken = await IssueAccessTokenAsync(service);
        string apiKey = await CreateApiKeyAsync(service);

        await using WebApplication baseline = CreateBaseline(database, baselinePort, clock, baselineSql, authenticated: true);
        await using WebApplication unauthenticated = CreateBaseline(database, unauthenticatedPort, clock, baselineSql, authenticated: false);
        baseline.MapGet("/_bench/counters", () => TypedResults.Ok(new BenchmarkCounters(
            GC.GetTotalAllocatedBytes(precise: true),
            serviceSql.Count,
            baselineSql.Count,
            GC.CollectionCount(0),
            GCSettings.IsServerGC)));
        baseline.MapGet("/_bench/access_token", () => TypedResults.Text(accessToken));
        baseline.MapGet("/_bench/api_key", () => TypedResults.Text(apiKey));
        baseline.MapPost("/_bench/clock/ticking", () =>
        {
            clock.StartTicking();
            return TypedResults.NoContent();
        });
        if (sampler is not null)
        {
            baseline.MapGet("/_bench/allocations", () => TypedResults.Ok(sampler.TakeTop(40)));
        }

        await service.StartAsync();
        await baseline.StartAsync();
        await unauthenticated.StartAsync();
        Console.WriteLine($"service on {servicePort}, baseline on {baselinePort}, baseline without authentication on {unauthenticatedPort}, database {database.Description}; Ctrl+C stops");
        await Task.WhenAny(service.WaitForShutdownAsync(), baseline.WaitForShutdownAsync(), unauthenticated.WaitForShutdownAsync());
        await unauthenticated.StopAsync();
        await baseline.StopAsync();
        await service.StopAsync();
        return 0;
    }

    /// <summary>
    /// The load runs as a test-mode integration: a client made as <c>clients create</c> makes one, and a token from the
    /// service's own issuer, valid for two hours of the benchmark clock. load.sh reads it from <c>GET /_bench/access_token</c>
    /// and sends it to every host.
    /// </summary>
    private static async Task<string> IssueAccessTokenAsync(WebApplication service)
    {
        await using AsyncServiceScope scope = service.Services.CreateAsyncScope();
        var (client, _) = await scope.ServiceProvider.GetRequiredService<ApiClients>().CreateAsync(CardsMode.Test, "load benchmark", CancellationToken.None);
        return scope.ServiceProvider.GetRequiredService<AccessTokenIssuer>().Issue(client).AccessToken;
    }

    /// <summary>A test-mode API key, as <c>api-keys create</c> makes one.</summary>
    private static async Task<string> CreateApiKeyAsync(WebApplication service)
    {
        await using AsyncServiceScope scope = service.Services.CreateAsyncScope();
        var (_, key) = await scope.ServiceProvider.GetRequiredService<ApiKeys>().CreateAsync(CardsMode.Test, "soak", CancellationToken.None);
        return key;
    }

    /// <summary>
    /// The hand-written baseline, guarded as the service's routes are: the bearer token validated by the service's own
    /// JwtBearer registration and the caller's rate limit policy. Without authentication, every request is a test-mode caller
    /// (still rate limited, per address), so the two baselines differ by the validation of the token alone.
    /// </summary>
    private static WebApplication CreateBaseline(BenchmarkDatabase database, int port, TimeProvider clock, SqlCommandCounter counter, bool authenticated)
    {
        var builder = WebApplication.CreateBuilder(BenchmarkSettings.HostArguments(database, $"http://127.0.0.1:{port}"));
        builder.AddCardsData();
        builder.AddCardVault();
        builder.AddCardsRateLimits();
        if (authenticated)
        {
            builder.Services.AddAccessTokenAuthentication();
        }
        else
        {
            builder.Services.AddScoped(_ => CallerContext.OfMode(CardsMode.Test));
        }

        AddBenchmarkServices(builder, clock, counter);
        WebApplication baseline = builder.Build();
        if (authenticated)
        {
            baseline.UseAuthentication();
            baseline.UseRateLimiter();
            baseline.UseAuthorization();
            baseline.MapBaselineCards().RequireAuthorization(AccessPolicies.Caller).RequireRateLimiting(RateLimitPolicies.Caller);
        }
        else
        {
            baseline.UseRateLimiter();
            baseline.MapBaselineCards().RequireRateLimiting(RateLimitPolicies.Caller);
        }

        return baseline;
    }

    private static void AddBenchmarkServices(WebApplicationBuilder builder, TimeProvider clock, SqlCommandCounter counter)
    {
        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton<IInterceptor>(counter);
    }

    private sealed record BenchmarkCounters(long AllocatedBytes, long ServiceSqlCommands, long BaselineSqlCommands, int Gen0Collections, bool ServerGc);
}
