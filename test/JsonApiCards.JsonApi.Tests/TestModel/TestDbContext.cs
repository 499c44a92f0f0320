using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace JsonApiCards.JsonApi.Tests.TestModel;

/// <summary>The test model in an in-memory SQLite database, seeded with <see cref="TestData"/>.</summary>
internal sealed class TestDbContext(DbContextOptions<TestDbContext> options) : DbContext(options)
{
    public DbSet<Card> Cards => Set<Card>();

    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<Order> Orders => Set<Order>();

    public static TestDbContext CreateSeeded(SqliteConnection connection)
    {
        var context = new TestDbContext(new DbContextOptionsBuilder<TestDbContext>()
            .UseSqlite(connection)
            .ConfigureWarnings(warnings => warnings.Throw())
            .Options);

        context.Database.EnsureCreated();
        context.Customers.AddRange(new TestData().Customers);
        context.SaveChanges();
        context.ChangeTracker.Clear();
        return context;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Card>().Ignore(card => card.Metadata);
        modelBuilder.Entity<Card>().Property(card => card.Version).IsConcurrencyToken();
        modelBuilder.Entity<Card>().HasOne(card => card.Owner).WithMany(customer => customer.Cards).HasForeignKey(card => card.OwnerId);
        modelBuilder.Entity<Card>().HasOne(card => card.Order).WithMany(order => order.Cards).HasForeignKey(card => card.OrderId);
        modelBuilder.Entity<Order>().HasOne(order => order.Customer).WithMany(customer => customer.Orders).HasForeignKey(order => order.CustomerId);
    }
}
