using System.Linq.Expressions;
using System.Security.Claims;
using FluentAssertions;
using JsonApiCards.Api.CreditCards;
using JsonApiCards.Api.Customers;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Orders;
using JsonApiCards.Api.PaymentSources;
using JsonApiCards.Api.Security;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace JsonApiCards.Api.Tests.Security;

public sealed class CallerContextTests
{
    private const int Threads = 8;

    [Fact]
    public async Task A_customers_scopes_read_by_several_threads_at_once_are_one_instance_per_resource_type()
    {
        // A list filtered through a to-many relationship counts on a second thread while it reads its page, and both read
        // the caller's scopes: the first reads of a request must not race.
        for (int request = 0; request < 200; request++)
        {
            CallerContext caller = CallerContext.OfRequest(RequestOf(new Claim(AccessTokenClaims.Mode, CardsMode.Test), new Claim(AccessTokenClaims.CustomerId, "42")));

            LambdaExpression[][] scopesByThread = await ReadAtOnceAsync<LambdaExpression[]>(() => [caller.ScopeOf<Customer>(), caller.ScopeOf<Order>(), caller.ScopeOf<CreditCard>(), caller.ScopeOf<CustomerPaymentSource>()]);

            for (int type = 0; type < scopesByThread[0].Length; type++)
            {
                scopesByThread.Select(scopes => scopes[type]).Distinct().Should().ContainSingle($"every thread of request {request} reads one scope of resource type {type}");
            }

            caller.CustomerId.Should().Be(42);
        }
    }

    private static HttpContextAccessor RequestOf(params Claim[] claims) => new()
    {
        HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType: "test")) },
    };

    /// <summary>Runs <paramref name="read"/> on several threads of their own, released together, and returns what each read.</summary>
    private static async Task<T[]> ReadAtOnceAsync<T>(Func<T> read)
    {
        using var start = new Barrier(Threads);
        return await Task.WhenAll(Enumerable.Range(0, Threads).Select(_ => Task.Factory.StartNew(
            () =>
            {
                start.SignalAndWait();
                return read();
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)));
    }
}
