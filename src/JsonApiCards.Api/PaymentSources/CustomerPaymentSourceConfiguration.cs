using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JsonApiCards.Api.PaymentSources;

internal sealed class CustomerPaymentSourceConfiguration : IEntityTypeConfiguration<CustomerPaymentSource>
{
    public void Configure(EntityTypeBuilder<CustomerPaymentSource> builder)
    {
        builder.ToTable("customer_payment_sources");
        builder.Property(source => source.Name).HasMaxLength(CustomerPaymentSourceDefinition.NameLength);
        builder.Property(source => source.CustomerToken).HasMaxLength(64);
        builder.Property(source => source.PaymentSourceToken).HasMaxLength(64);
        builder.Property(source => source.GatewayCode).HasMaxLength(GatewayCodes.MaxLength).HasDefaultValue(GatewayCodes.Default);

        // A JSON array of strings in one column: the Ottu list filters on it in SQL (json_each), and it is read with its entry.
        builder.PrimitiveCollection(source => source.AgreementIds).HasDefaultValueSql("'[]'");
        // Cascade, both ways: a wallet entry means nothing without its customer or its card, so it goes with either
        // (deleting a customer first redacts the cards no other wallet holds).
        builder.HasOne(source => source.Customer).WithMany(customer => customer.CustomerPaymentSources).HasForeignKey(source => source.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(source => source.PaymentSource).WithMany(card => card.WalletEntries).HasForeignKey(source => source.PaymentSourceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(source => source.PaymentSourceToken).IsUnique();
        builder.HasIndex(source => source.CustomerToken).IsUnique();

        // A card is in a customer's wallet at most once; the definition answers 409 before this index would.
        builder.HasIndex(source => new { source.CustomerId, source.PaymentSourceId }).IsUnique();
        builder.HasIndex(source => new { source.Mode, source.CustomerId });
    }
}
