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
        builder.Property(customer => customer.PasswordHash).HasMaxLength(256);
        builder.HasIndex(customer => new { customer.Mode, customer.Email }).IsUnique();
        builder.HasIndex(customer => new { customer.Mode, customer.Reference });
        // Lists page in SQL, as for cards: (mode) serves the default order by id, (mode, created_at DESC) the newest first (ties by id without a sort),
        // (mode, status) the status filter.
        builder.HasIndex(customer => customer.Mode);
        builder.HasIndex(customer => new { customer.Mode, customer.CreatedAt }).IsDescending(false, true);
        builder.HasIndex(customer => new { customer.Mode, customer.Status });
    }
}
