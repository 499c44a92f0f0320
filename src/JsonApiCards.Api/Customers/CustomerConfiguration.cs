using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JsonApiCards.Api.Customers;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.ToTable("customers");
        builder.Property(customer => customer.Email).HasMaxLength(254);
        builder.Property(customer => customer.Status).HasMaxLength(16);
        builder.HasIndex(customer => new { customer.Mode, customer.Email }).IsUnique();
        builder.HasIndex(customer => new { customer.Mode, customer.Reference });
    }
}
