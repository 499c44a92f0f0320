using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JsonApiCards.Api.CreditCards;

internal sealed class CreditCardConfiguration : IEntityTypeConfiguration<CreditCard>
{
    public void Configure(EntityTypeBuilder<CreditCard> builder)
    {
        builder.ToTable("credit_cards");
        builder.Property(card => card.FirstName).HasMaxLength(CreditCardLimits.NameLength);
        builder.Property(card => card.LastName).HasMaxLength(CreditCardLimits.NameLength);
        builder.Property(card => card.Month).HasMaxLength(2);
        builder.Property(card => card.Year).HasMaxLength(4);
        builder.Property(card => card.CardType).HasMaxLength(32);
        builder.Property(card => card.Fingerprint).HasMaxLength(64);
        builder.Property(card => card.StorageState).HasMaxLength(16);
        builder.Property(card => card.Bin).HasMaxLength(8);
        builder.Property(card => card.LastFour).HasMaxLength(4);
        builder.Property(card => card.NumberKeyId).HasMaxLength(64);
        // SetNull: only open or cancelled orders can be deleted; their cards stay, without an order.
        builder.HasOne(card => card.Order).WithMany().HasForeignKey(card => card.OrderId).OnDelete(DeleteBehavior.SetNull);
        // Lists page in SQL: (mode) serves the default order (SQLite appends the rowid, the id, to every index), and
        // (mode, card_type, created_at DESC) serves a card type filter sorted newest first without sorting the rows.
        builder.HasIndex(card => card.Mode);
        builder.HasIndex(card => new { card.Mode, card.CreatedAt });
        builder.HasIndex(card => new { card.Mode, card.CardType, card.CreatedAt }).IsDescending(false, false, true);
        builder.HasIndex(card => new { card.Mode, card.Reference });
        builder.HasIndex(card => new { card.Mode, card.Fingerprint });
        // A filter through a relationship (has(order.customer.orders,...)) reads the cards whose order is among a list of
        // keys in one subquery: (mode, order_id) finds them from that list instead of testing every card of the mode.
        builder.HasIndex(card => new { card.Mode, card.OrderId });
        // Which cards a vault data key encrypts: what a rotation leaves behind, and whether a retired key may be removed.
        builder.HasIndex(card => card.NumberKeyId);

        // The lifecycle's pass (CachedCardRedaction) reaches the cached cards past their lifetime without reading any other card.
        builder.HasIndex(card => new { card.StorageState, card.CreatedAt });
    }
}
