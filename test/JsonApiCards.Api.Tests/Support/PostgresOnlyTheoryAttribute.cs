namespace JsonApiCards.Api.Tests.Support;

/// <summary>
/// A test of something only a database server does (it stops, it refuses connections): skipped, with the reason, when the
/// suite runs on SQLite, so the SQLite run lists it rather than passing it silently. README lists these tests.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresOnlyTheoryAttribute : TheoryAttribute
{
    public PostgresOnlyTheoryAttribute(string reason)
    {
        if (!TestedDatabase.IsPostgres)
        {
            Skip = $"PostgreSQL only: {reason}";
        }
    }
}
