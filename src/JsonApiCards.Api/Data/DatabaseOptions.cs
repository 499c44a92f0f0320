namespace JsonApiCards.Api.Data;

/// <summary>The <c>Database</c> section: how the service waits for its database.</summary>
internal sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>
    /// How long a write waits for the database (for its turn among this process's writers, and for a lock held elsewhere)
    /// before the request is answered 503 with <c>Retry-After</c>.
    /// </summary>
    public TimeSpan WriteTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
