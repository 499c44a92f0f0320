using JsonApiCards.Api.Data;

namespace JsonApiCards.Api.Tests;

/// <summary>
/// The database this test project runs the service on. JsonApiCards.Api.Tests.Postgres compiles the same tests with its own
/// copy of this file, which says PostgreSQL.
/// </summary>
internal static class TestedDatabase
{
    public static DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public static bool IsPostgres => Provider == DatabaseProvider.Postgres;

    /// <summary>
    /// Whether erased content is zeroed in the database's files at once (SQLite's <c>secure_delete</c>); PostgreSQL keeps dead
    /// row versions until VACUUM and in its write-ahead log, so the scans of the files are SQLite's promise only.
    /// </summary>
    public static bool ZeroesErasedBytes => Provider == DatabaseProvider.Sqlite;
}
