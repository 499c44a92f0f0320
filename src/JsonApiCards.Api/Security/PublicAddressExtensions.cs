using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace JsonApiCards.Api.Security;

/// <summary>
/// Where the service's links point, and why a client cannot choose it. Links start at <c>JsonApi:PublicBaseUrl</c> when it
/// is set; otherwise at the address the request reached, which only two things may shape: the <c>Host</c> header, checked
/// against <c>AllowedHosts</c> by the framework's host filtering (any other host is a 400), and the <c>X-Forwarded-*</c>
/// headers of the proxies listed in <c>ForwardedHeaders:KnownProxies</c> and <c>ForwardedHeaders:KnownNetworks</c>.
/// No proxy is trusted unless listed, and outside Development and Testing <c>AllowedHosts</c> may not be <c>*</c>.
/// </summary>
public static class PublicAddressExtensions
{
    private const string SectionName = "ForwardedHeaders";

    /// <summary>Reads the trusted proxies and checks <c>AllowedHosts</c>; a setting that would let a client choose the links' host stops start-up.</summary>
    public static WebApplicationBuilder AddPublicAddress(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        string[] allowedHosts = (builder.Configuration["AllowedHosts"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        bool anyHost = allowedHosts.Length == 0 || allowedHosts.Contains("*");
        if (anyHost && !builder.Environment.IsDevelopment() && !builder.Environment.IsEnvironment("Testing"))
        {
            throw new InvalidOperationException(
                $"AllowedHosts is '{builder.Configuration["AllowedHosts"]}' in the {builder.Environment.EnvironmentName} environment: set it to the host names clients use, separated by ';' (e.g. cards.example.com), so that no other Host header is answered.");
        }

        IConfigurationSection section = builder.Configuration.GetSection(SectionName);
        IPAddress[] proxies = Parse(section, "KnownProxies", IPAddress.Parse);
        System.Net.IPNetwork[] networks = Parse(section, "KnownNetworks", System.Net.IPNetwork.Parse);

        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost | ForwardedHeaders.XForwardedPrefix;

            // The framework trusts loopback by default, and every peer when both lists are empty: start from nothing.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (IPAddress proxy in proxies)
            {
                options.KnownProxies.Add(proxy);
            }

            foreach (System.Net.IPNetwork network in networks)
            {
                options.KnownIPNetworks.Add(network);
            }

            // A forwarded host must be one the service answers to, as a Host header must.
            options.AllowedHosts = anyHost ? [] : allowedHosts;
        });
        builder.Services.AddSingleton(new TrustedProxies(proxies.Length + networks.Length > 0));
        return builder;
    }

    /// <summary>Applies the forwarded headers of trusted proxies, first in the pipeline; without a trusted proxy it adds nothing, since the middleware would trust every peer.</summary>
    public static WebApplication UsePublicAddress(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        if (app.Services.GetRequiredService<TrustedProxies>().AnyConfigured)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }

    private static T[] Parse<T>(IConfigurationSection section, string key, Func<string, T> parse)
    {
        string[] values = section.GetSection(key).Get<string[]>() ?? [];
        return [.. values.Select(value =>
        {
            try
            {
                return parse(value.Trim());
            }
            catch (FormatException exception)
            {
                throw new InvalidOperationException($"{SectionName}:{key} holds '{value}', which is not an IP address{(key == "KnownNetworks" ? " range such as 10.0.0.0/8" : "")}.", exception);
            }
        })];
    }

    private sealed record TrustedProxies(bool AnyConfigured);
}
