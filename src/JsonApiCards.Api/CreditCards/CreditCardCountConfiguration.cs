using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JsonApiCards.Api.CreditCards;

internal sealed class CreditCardCountConfiguration : IEntityTypeConfiguration<CreditCardCount>
{
    public void Configure(EntityTypeBuilder<CreditCardCount> builder)
    {
        // Written only by the triggers on credit_cards; the service reads it.
        builder.ToTable("credit_card_counts");
        builder.HasKey(count => new { count.Mode, count.CardType });
        builder.Property(count => count.Mode).HasMaxLength(4);
        builder.Property(count => count.CardType).HasMaxLength(32);
    }
}
