using JsonApiCards.Api.Customers;
using JsonApiCards.Api.Tests.Support;
using JsonApiCards.JsonApi.Definitions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JsonApiCards.Api.Tests.JsonApi;

/// <summary>
/// The service does not start when a resource would be served without its definition's caller scope: a forgotten or
/// lost registration is a start-up failure naming the resource, never a live caller reading test data.
/// </summary>
public sealed class ServiceStartupTests(JsonApiCardsApplication app) : IClassFixture<JsonApiCardsApplication>
{
    [Fact]
    public void The_service_does_not_start_when_a_resource_has_no_definition()
    {
        // Arrange
        using WebApplicationFactory<Program> withoutCustomerDefinition = app.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.RemoveAll<IResourceDefinition<Customer>>()));

        // Act
        Action start = () => _ = withoutCustomerDefinition.Server;

        // Assert
        start.Should().Throw<InvalidOperationException>().WithMessage("The resource 'customers' (Customer) has no resource definition*");
    }

    [Fact]
    public void The_service_does_not_start_when_a_definition_gives_no_caller_scope()
    {
        // Arrange
        using WebApplicationFactory<Program> withScopelessCustomers = app.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddScoped<IResourceDefinition<Customer>, ScopelessCustomerDefinition>()));

        // Act
        Action start = () => _ = withScopelessCustomers.Server;

        // Assert
        start.Should().Throw<InvalidOperationException>()
            .WithMessage("The definition ScopelessCustomerDefinition of the resource 'customers' (Customer) gives no caller scope: its ScopeFilter is null*");
    }

    [Fact]
    public void The_service_starts_with_every_resource_scoped()
    {
        // Act
        Action start = () => _ = app.Server;

        // Assert
        start.Should().NotThrow();
    }

    private sealed class ScopelessCustomerDefinition : JsonApiResourceDefinition<Customer>;
}
