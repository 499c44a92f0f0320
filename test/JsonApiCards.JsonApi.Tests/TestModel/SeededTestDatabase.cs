using Microsoft.Data.Sqlite;

namespace JsonApiCards.JsonApi.Tests.TestModel;

/// <summary>An in-memory SQLite database holding <see cref="TestData"/>, open for as long as the test runs.</summary>
internal sealed class SeededTestDatabase : IDisposable
{
    public SeededTestDatabase()
    {
        Connection.Open();
        Context = TestDbContext.CreateSeeded(Connection);
    }

    public SqliteConnection Connection { get; } = new("Data Source=:memory:");

    public TestDbContext Context { get; }

    public void Dispose()
    {
        Context.Dispose();
        Connection.Dispose();
    }
}
