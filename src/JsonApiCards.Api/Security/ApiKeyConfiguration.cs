using JsonApiCards.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JsonApiCards.Api.Security;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("api_keys");
        builder.HasIndex(key => key.KeyId).IsUnique();
        builder.Property(key => key.KeyId).HasMaxLength(ClientSecrets.EncodedLength);
        builder.Property(key => key.SecretHash).HasMaxLength(ClientSecrets.EncodedLength);
        builder.Property(key => key.Mode).HasMaxLength(CardsMode.Live.Length);
        builder.Property(key => key.Name).HasMaxLength(ApiClients.MaxNameLength);
    }
}
