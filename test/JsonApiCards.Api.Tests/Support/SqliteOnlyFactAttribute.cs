namespace JsonApiCards.Api.Tests.Support;

/// <summary>
/// A test of something only SQLite does (its files, its locks): skipped, with the reason, when the suite runs on
/// PostgreSQL, so the PostgreSQL run lists it rather than passing it silently. README lists these tests.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SqliteOnlyFactAttribute : FactAttribute
{
    public SqliteOnlyFactAttribute(string reason)
    {
        if (TestedDatabase.IsPostgres)
        {
            Skip = $"SQLite only: {reason}";
        }
    }
}
