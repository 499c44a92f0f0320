using JsonApiCards.Api;
using JsonApiCards.Api.Data;

// The service's table of contents is CardsServiceApplication.Create: data, vault, error handling and the resources it maps.
var app = CardsServiceApplication.Create(args);

await app.MigrateCardsDatabaseAsync();
await app.RunAsync();
