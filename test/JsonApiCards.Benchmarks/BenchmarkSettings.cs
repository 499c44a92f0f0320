namespace JsonApiCards.Benchmarks;

/// <summary>
/// What every benchmark host shares: fixed vault and token signing keys (so a seeded database and the hosts that read it agree),
/// a fixed clock (so timestamps in responses are the same on every run), raised rate limits, and quiet logging.
/// </summary>
internal static class BenchmarkSettings
{
    public const string SigningKeyId = "bench-signing-1";

    /// <summary>The host every request names, so the service and the baseline write the same links whatever port they listen on.</summary>
    public const string Host = "cards.bench";

    /// <summary>The instant the benchmark clock stands at.</summary>
    public static readonly DateTimeOffset Now = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Configuration for a host over the given database, as command-line arguments.</summary>
    public static string[] HostArguments(BenchmarkDatabase database, string? url = null)
    {
        List<string> arguments =
        [
            "--environment=Production",
            $"--Database:Provider={database.Provider}",
            $"--ConnectionStrings:Cards={database.ConnectionString}",
            $"--Vault:KeyEncryptionKey={Key(0x5A)}",
            $"--Vault:FingerprintKey={Key(0xA5)}",
            $"--Auth:ActiveSigningKeyId={SigningKeyId}",
            $"--Auth:SigningKeys:{SigningKeyId}={Key(0x3C)}",
            "--Logging:LogLevel:Default=Warning",

            // The seeded cards were created a year before the clock: the lifecycle would redact the cached ones under load.
            "--Vault:CachedCardLifetime=3650.00:00:00",
            $"--AllowedHosts={Host};localhost;127.0.0.1",

            // Authentication stays on; the rate limits stay on too, raised far above what one token sends under load.
            "--RateLimits:Callers:TokenLimit=1000000000",
            "--RateLimits:Callers:TokensPerPeriod=1000000000",
        ];
        if (url is not null)
        {
            arguments.Add($"--urls={url}");
        }

        return [.. arguments];
    }

    /// <summary>The repository root (the folder holding JsonApiCards.sln) above the working directory, or the working directory.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "JsonApiCards.sln")))
            {
                return directory.FullName;
            }
        }

        return Environment.CurrentDirectory;
    }

    private static string Key(byte fill) => Convert.ToBase64String(Enumerable.Repeat(fill, 32).ToArray());
}
