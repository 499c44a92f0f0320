using System.Text.Json;
using System.Text.Json.Nodes;
using JsonApiCards.Api.Adapters.Akinon;
using JsonApiCards.Api.CreditCards;
using JsonApiCards.Api.Customers;
using JsonApiCards.Api.Orders;
using JsonApiCards.Api.PaymentSources;
using JsonApiCards.Api.Security;
using JsonApiCards.Api.Vault;
using Microsoft.EntityFrameworkCore;

namespace JsonApiCards.Api.Data;

/// <summary>The service's data, on SQLite; <see cref="PostgresCardsDbContext"/> is the same model on PostgreSQL.</summary>
public class CardsDbContext : DbContext
{
    public CardsDbContext(DbContextOptions<CardsDbContext> options)
        : base(options)
    {
    }

    protected CardsDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<CreditCard> CreditCards => Set<CreditCard>();

    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<CustomerPaymentSource> CustomerPaymentSources => Set<CustomerPaymentSource>();

    public DbSet<ApiClient> ApiClients => Set<ApiClient>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<RevokedToken> RevokedTokens => Set<RevokedToken>();

    public DbSet<VaultDataKey> VaultDataKeys => Set<VaultDataKey>();

    public DbSet<AkinonSession> AkinonSessions => Set<AkinonSession>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CardsDbContext).Assembly);

        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(type => type.ClrType.IsAssignableTo(typeof(CardsResource))))
        {
            var entity = modelBuilder.Entity(entityType.ClrType);
            entity.Property(nameof(CardsResource.Mode)).HasMaxLength(CardsMode.Live.Length);
            entity.Property(nameof(CardsResource.Reference)).HasMaxLength(SharedValidation.ReferenceLength);

            // SQLite has no row version of its own: the JSON:API layer's interceptor counts this column up on every change.
            // PostgreSQL's is xmin: IsRowVersion() there maps this same property to it, and the interceptor leaves it alone.
            entity.Property(nameof(CardsResource.Version)).IsConcurrencyToken();
        }

        // snake_case columns, as the API names them, so SQL reads like the documents.
        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entityType.GetProperties())
            {
                property.SetColumnName(JsonNamingPolicy.SnakeCaseLower.ConvertName(property.Name));
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<JsonObject>().HaveConversion<JsonObjectConverter, JsonObjectComparer>();
    }
}
