using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JsonApiCards.Api.Security;

internal sealed class RevokedTokenConfiguration : IEntityTypeConfiguration<RevokedToken>
{
    public void Configure(EntityTypeBuilder<RevokedToken> builder)
    {
        builder.ToTable("revoked_tokens");
        builder.HasKey(token => token.TokenId);
        builder.Property(token => token.TokenId).HasMaxLength(ClientSecrets.EncodedLength);

        // The revocation list reads only tokens that have not expired yet.
        builder.HasIndex(token => token.ExpiresAt);
    }
}
