using JsonApiCards.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JsonApiCards.Api.Security;

internal sealed class ApiClientConfiguration : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> builder)
    {
        builder.ToTable("api_clients");
        builder.HasIndex(client => client.ClientId).IsUnique();
        builder.Property(client => client.ClientId).HasMaxLength(ClientSecrets.EncodedLength);
        builder.Property(client => client.SecretHash).HasMaxLength(256);
        builder.Property(client => client.Mode).HasMaxLength(CardsMode.Live.Length);
        builder.Property(client => client.Name).HasMaxLength(ApiClients.MaxNameLength);
    }
}
