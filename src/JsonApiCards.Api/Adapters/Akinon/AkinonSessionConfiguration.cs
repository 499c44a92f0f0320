using JsonApiCards.Api.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JsonApiCards.Api.Adapters.Akinon;

internal sealed class AkinonSessionConfiguration : IEntityTypeConfiguration<AkinonSession>
{
    public void Configure(EntityTypeBuilder<AkinonSession> builder)
    {
        builder.ToTable("akinon_sessions");
        builder.HasKey(session => session.KeyHash);
        builder.Property(session => session.KeyHash).HasMaxLength(AkinonSessions.KeyHashLength);
        builder.Property(session => session.Mode).HasMaxLength(4);

        // A session speaks for its customer: it ends with the customer.
        builder.HasOne<Customer>().WithMany().HasForeignKey(session => session.CustomerId).OnDelete(DeleteBehavior.Cascade);

        // Sign-in clears the expired sessions.
        builder.HasIndex(session => session.ExpiresAt);
    }
}
