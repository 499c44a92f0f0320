using JsonApiCards.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JsonApiCards.Api.Vault;

internal sealed class VaultDataKeyConfiguration : IEntityTypeConfiguration<VaultDataKey>
{
    public const int MaxIdLength = 64;

    public void Configure(EntityTypeBuilder<VaultDataKey> builder)
    {
        builder.ToTable("vault_data_keys");
        builder.HasKey(key => key.Id);
        builder.Property(key => key.Id).HasMaxLength(MaxIdLength);
        builder.Property(key => key.Mode).HasMaxLength(CardsMode.Live.Length);
        builder.Property(key => key.State).HasMaxLength(16);

        // One active key per mode, enforced by the database: two instances starting at once, or two rotations, cannot both make one.
        builder.HasIndex(key => key.Mode).IsUnique().HasFilter("\"state\" = 'active'").HasDatabaseName("ix_vault_data_keys_one_active_per_mode");
    }
}
