using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JsonApiCards.Api.Data;

public static class WriteSerializationServiceCollectionExtensions
{
    /// <summary>
    /// SQLite takes one writer at a time, and its waiting writers sleep and poll for the lock: the writes of this process
    /// queue in a <see cref="FairWriteGate"/> instead, first come first served, each for at most <c>Database:WriteTimeout</c>.
    /// The one registration a provider that handles concurrent writers itself (PostgreSQL) leaves out.
    /// </summary>
    public static IServiceCollection AddSqliteWriteSerialization(this IServiceCollection services, IConfiguration configuration)
    {
        TimeSpan timeout = WriteTimeout(configuration);
        services.AddSingleton(new FairWriteGate(timeout));
        services.AddSingleton<SqliteWriteSerializer>();
        services.AddSingleton<IInterceptor>(provider => provider.GetRequiredService<SqliteWriteSerializer>());
        return services;
    }

    /// <summary>
    /// The connection string with the driver's own wait for a lock held by another process (<c>Default Timeout</c>, whole
    /// seconds) bounded by <c>Database:WriteTimeout</c>, unless the string sets it itself.
    /// </summary>
    public static string WithWriteTimeout(string connectionString, IConfiguration configuration)
    {
        // "Default Timeout" or its synonym "Command Timeout".
        if (connectionString.Contains("Timeout", StringComparison.OrdinalIgnoreCase))
        {
            return connectionString;
        }

        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(WriteTimeout(configuration).TotalSeconds)),
        };
        return builder.ToString();
    }

    private static TimeSpan WriteTimeout(IConfiguration configuration)
    {
        TimeSpan timeout = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.WriteTimeout ?? new DatabaseOptions().WriteTimeout;
        return timeout > TimeSpan.Zero
            ? timeout
            : throw new InvalidOperationException($"Database:WriteTimeout must be longer than zero; it is {timeout}.");
    }
}
