using System.Net;
using JsonApiCards.JsonApi.Tests.TestModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.JsonApi.Tests.Endpoints.Routes;

/// <summary>
/// A write that another writer overtakes between the layer's read of the resource and its save: the save changes nothing,
/// and the client hears why. The other writer is simulated by counting card 2's concurrency token up inside the save.
/// </summary>
public sealed class OvertakenWriteRoutesTests : LayerRoutesTests
{
    private readonly OtherWriter _otherWriter = new();

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IInterceptor>(_otherWriter);

    [Fact]
    public async Task An_update_without_If_Match_that_another_write_overtook_is_a_409_and_saves_nothing()
    {
        _otherWriter.Overtakes = true;

        HttpResponseMessage response = await SendAsync(HttpMethod.Patch, "/api/cards/2", CardTwo);

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await FirstErrorAsync(response))["detail"]!.GetValue<string>().Should().Be("Another request changed the resource while this one was being saved; nothing was saved. Send the request again.");
        (await ReferenceOfCardAsync(2)).Should().Be("A2");
    }

    [Fact]
    public async Task An_update_whose_If_Match_held_when_it_was_read_but_not_when_it_was_saved_is_a_412()
    {
        string tag = (await TagOfAsync("/api/cards/2")).ToString();
        _otherWriter.Overtakes = true;

        HttpResponseMessage response = await SendAsync(HttpMethod.Patch, "/api/cards/2", CardTwo, ifMatch: tag);

        response.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        (await ErrorSourceAsync(response, "header")).Should().Be("If-Match");
        (await ReferenceOfCardAsync(2)).Should().Be("A2");
    }

    [Fact]
    public async Task An_update_with_If_Match_that_changes_no_attribute_is_still_checked_when_it_is_saved()
    {
        string tag = (await TagOfAsync("/api/cards/2")).ToString();
        _otherWriter.Overtakes = true;

        HttpResponseMessage response = await SendAsync(HttpMethod.Patch, "/api/cards/2", """{ "data": { "type": "cards", "id": "2" } }""", ifMatch: tag);

        response.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task A_delete_that_another_write_overtook_is_a_409_and_deletes_nothing()
    {
        _otherWriter.Overtakes = true;

        HttpResponseMessage response = await Client.DeleteAsync("/api/cards/2");

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await Client.GetAsync("/api/cards/2")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    /// <summary>Once armed, writes card 2's row in the same transaction just before the layer's save of it, once.</summary>
    private sealed class OtherWriter : SaveChangesInterceptor
    {
        public bool Overtakes { get; set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (Overtakes && eventData.Context is TestDbContext context)
            {
                Overtakes = false;
                await context.Database.ExecuteSqlRawAsync("UPDATE Cards SET Version = Version + 1 WHERE Id = 2", cancellationToken);
            }

            return result;
        }
    }
}
