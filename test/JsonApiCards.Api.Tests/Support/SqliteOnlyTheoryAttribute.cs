namespace JsonApiCards.Api.Tests.Support;

/// <summary>A theory about something only SQLite does, skipped with the reason on PostgreSQL, as <see cref="SqliteOnlyFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SqliteOnlyTheoryAttribute : TheoryAttribute
{
    public SqliteOnlyTheoryAttribute(string reason)
    {
        if (TestedDatabase.IsPostgres)
        {
            Skip = $"SQLite only: {reason}";
        }
    }
}
