using JsonApiCards.Api.CreditCards;
using JsonApiCards.Api.Customers;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Orders;
using JsonApiCards.Api.PaymentSources;
using JsonApiCards.Api.Vault;
using JsonApiCards.JsonApi;
using JsonApiCards.JsonApi.Endpoints;

var builder = WebApplication.CreateBuilder(args);

builder.AddCardsData();
builder.AddCardVault();
builder.Services.AddProblemDetails();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseJsonApiErrors();

app.MapJsonApiResource<CreditCard>();
app.MapJsonApiResource<Order>();
app.MapJsonApiResource<Customer>();
app.MapJsonApiResource<CustomerPaymentSource>();

await app.MigrateCardsDatabaseAsync();
await app.RunAsync();
