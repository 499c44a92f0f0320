using JsonApiCards.JsonApi.Services;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace JsonApiCards.JsonApi.Tests.Services;

public sealed class ConcurrencyVersionInterceptorTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public ConcurrencyVersionInterceptorTests()
    {
        _connection.Open();
        using VersionedContext context = CreateContext();
        context.Database.EnsureCreated();
        context.Rows.Add(new VersionedRow { Id = 1, Name = "first", Small = 4, Large = long.MaxValue, Unsigned = uint.MaxValue, Huge = 9 });
        context.SaveChanges();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Saving_a_changed_row_counts_up_each_of_its_tokens_from_the_value_read_wrapping_at_the_top(bool async)
    {
        await using VersionedContext context = CreateContext();
        VersionedRow row = await context.Rows.SingleAsync();
        row.Name = "changed";

        if (async) await context.SaveChangesAsync(); else context.SaveChanges();

        await using VersionedContext reader = CreateContext();
        VersionedRow saved = await reader.Rows.SingleAsync();
        (saved.Small, saved.Large, saved.Unsigned, saved.Huge).Should().Be((5, long.MinValue, 0u, 10ul));
    }

    [Fact]
    public async Task Rows_added_or_unchanged_keep_their_tokens()
    {
        await using VersionedContext context = CreateContext();
        _ = await context.Rows.SingleAsync();
        context.Rows.Add(new VersionedRow { Id = 2, Name = "second", Small = 7 });

        await context.SaveChangesAsync();

        await using VersionedContext reader = CreateContext();
        (await reader.Rows.OrderBy(row => row.Id).Select(row => row.Small).ToListAsync()).Should().Equal(4, 7);
    }

    [Fact]
    public async Task A_write_from_a_stale_read_is_a_concurrency_conflict()
    {
        await using VersionedContext first = CreateContext();
        await using VersionedContext second = CreateContext();
        VersionedRow early = await first.Rows.SingleAsync();
        VersionedRow late = await second.Rows.SingleAsync();
        late.Name = "late";
        await second.SaveChangesAsync();

        early.Name = "early";
        var save = () => first.SaveChangesAsync();

        await save.Should().ThrowAsync<DbUpdateConcurrencyException>();
    }

    [Fact]
    public async Task A_token_that_is_not_an_integer_cannot_be_counted_up()
    {
        await using var context = new TextTokenContext(Options<TextTokenContext>());
        await context.Database.ExecuteSqlRawAsync("CREATE TABLE \"TextRows\" (\"Id\" INTEGER PRIMARY KEY, \"Name\" TEXT NOT NULL, \"Stamp\" TEXT NOT NULL)");
        await context.Database.ExecuteSqlRawAsync("INSERT INTO \"TextRows\" VALUES (1, 'a', 'v1')");
        TextTokenRow row = await context.Rows.SingleAsync();
        row.Name = "b";

        var save = () => context.SaveChangesAsync();

        (await save.Should().ThrowAsync<InvalidOperationException>()).WithMessage("A concurrency token of type 'String' cannot be counted up; use an integer.");
    }

    public void Dispose() => _connection.Dispose();

    private VersionedContext CreateContext() => new(Options<VersionedContext>());

    private DbContextOptions<TContext> Options<TContext>()
        where TContext : DbContext =>
        new DbContextOptionsBuilder<TContext>().UseSqlite(_connection).AddInterceptors(new ConcurrencyVersionInterceptor()).Options;

    private sealed class VersionedRow
    {
        public long Id { get; set; }

        public string Name { get; set; } = "";

        public int Small { get; set; }

        public long Large { get; set; }

        public uint Unsigned { get; set; }

        public ulong Huge { get; set; }

        public long Generated { get; set; }
    }

    private sealed class VersionedContext(DbContextOptions<VersionedContext> options) : DbContext(options)
    {
        public DbSet<VersionedRow> Rows => Set<VersionedRow>();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<VersionedRow>(row =>
            {
                row.Property(entity => entity.Small).IsConcurrencyToken();
                row.Property(entity => entity.Large).IsConcurrencyToken();
                row.Property(entity => entity.Unsigned).IsConcurrencyToken();
                row.Property(entity => entity.Huge).IsConcurrencyToken();

                // A token the database keeps (as PostgreSQL's xmin) is not counted up here: setting it would fail the save.
                row.Property(entity => entity.Generated).IsConcurrencyToken().ValueGeneratedOnAddOrUpdate().HasDefaultValue(0L);
            });
        }
    }

    private sealed class TextTokenRow
    {
        public long Id { get; set; }

        public string Name { get; set; } = "";

        public string Stamp { get; set; } = "";
    }

    private sealed class TextTokenContext(DbContextOptions<TextTokenContext> options) : DbContext(options)
    {
        public DbSet<TextTokenRow> Rows => Set<TextTokenRow>();

        protected override void OnModelCreating(ModelBuilder modelBuilder) =>
            modelBuilder.Entity<TextTokenRow>().ToTable("TextRows").Property(row => row.Stamp).IsConcurrencyToken();
    }
}
