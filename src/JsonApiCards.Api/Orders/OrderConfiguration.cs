using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JsonApiCards.Api.Orders;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.ToTable("orders");
        builder.Property(order => order.Number).HasMaxLength(32);
        builder.Property(order => order.Status).HasMaxLength(16);
        builder.Property(order => order.PaymentStatus).HasMaxLength(16);
        builder.Property(order => order.CurrencyCode).HasMaxLength(3);
        builder.Property(order => order.CustomerEmail).HasMaxLength(254);
        // Restrict: the customer definition refuses (409) to delete a customer with orders; this keeps it so in SQL.
        // SetNull: a card can only be deleted while its orders are open or cancelled, which then lose their payment source.
        builder.HasOne(order => order.Customer).WithMany(customer => customer.Orders).HasForeignKey(order => order.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(order => order.PaymentSource).WithMany(card => card.PaidOrders).HasForeignKey(order => order.PaymentSourceId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(order => new { order.Mode, order.Number }).IsUnique();
        // Lists page in SQL, newest first as the order definition sorts by default: (mode) serves the count,
        // (mode, created_at DESC) the page, and the status filters keep that order after their column.
        builder.HasIndex(order => order.Mode);
        builder.HasIndex(order => new { order.Mode, order.CreatedAt }).IsDescending(false, true);
        builder.HasIndex(order => new { order.Mode, order.Status, order.CreatedAt }).IsDescending(false, false, true);
        builder.HasIndex(order => new { order.Mode, order.PaymentStatus, order.CreatedAt }).IsDescending(false, false, true);
        // Filters through a relationship read the orders whose customer or payment source is among a list of keys
        // (has(customer.orders,...), has(paid_orders,...)): these find them from the list instead of testing every order.
        builder.HasIndex(order => new { order.Mode, order.CustomerId });
        builder.HasIndex(order => new { order.Mode, order.PaymentSourceId });
    }
}
