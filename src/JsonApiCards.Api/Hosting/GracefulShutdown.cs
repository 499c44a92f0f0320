namespace JsonApiCards.Api.Hosting;

/// <summary>
/// On SIGTERM (or Ctrl+C) the service stops taking connections and lets the requests in flight finish, for at most
/// <c>Host:ShutdownTimeout</c>; past it, what is still running is cancelled and the process exits anyway.
/// </summary>
internal static class GracefulShutdown
{
    /// <summary>
    /// Longer than the longest bounded wait of a write (<c>Database:WriteTimeout</c> for its turn, and as long again for a
    /// lock another process holds: 10 s by default), shorter than the 30 s most platforms wait after SIGTERM before they SIGKILL.
    /// </summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);

    public static WebApplicationBuilder AddGracefulShutdown(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = DefaultTimeout);
        builder.Services.Configure<HostOptions>(builder.Configuration.GetSection("Host"));
        return builder;
    }
}
