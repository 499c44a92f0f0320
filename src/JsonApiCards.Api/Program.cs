using JsonApiCards.Api;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Security;
using JsonApiCards.Api.Vault;

// `clients create|list|disable`: credentials, made by the service's own executable against its configuration and database.
if (ClientsCommand.IsInvoked(args))
{
    return await ClientsCommand.RunAsync(args, Console.Out, Console.Error);
}

// `api-keys create|list|disable`: the keys of Ottu-style callers (`Authorization: Api-Key <key>`), made the same way.
if (ApiKeysCommand.IsInvoked(args))
{
    return await ApiKeysCommand.RunAsync(args, Console.Out, Console.Error);
}

// `vault rotate|keys|remove-key`: the card vault's data keys, rotated while the service runs.
if (VaultCommand.IsInvoked(args))
{
    return await VaultCommand.RunAsync(args, Console.Out, Console.Error);
}

// The service's table of contents is CardsServiceApplication.Create: data, vault, security, error handling and the resources it maps.
var app = CardsServiceApplication.Create(args);

await app.MigrateCardsDatabaseAsync();
await app.LoadVaultKeysAsync();
await app.RunAsync();
return 0;
