using System.Text;
using JsonApiCards.Api.Tests.Support;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Resources.Annotations;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.Api.Tests.Contracts;

/// <summary>
/// Which attributes a client may write, per resource and operation, held to a committed list: an attribute is read-only
/// unless declared writable, and declaring one writable changes this list, so it is a reviewed decision (broken
/// property-level authorization is OWASP API3).
/// </summary>
public sealed class WritableAttributesTests(JsonApiCardsApplication app) : IClassFixture<JsonApiCardsApplication>
{
    [Fact]
    public async Task The_attributes_clients_may_write_are_the_committed_list()
    {
        var list = new StringBuilder();
        foreach (ResourceType type in app.Services.GetRequiredService<ResourceGraph>().ResourceTypes.OrderBy(type => type.PublicName, StringComparer.Ordinal))
        {
            list.Append(type.PublicName).Append(" create: ").AppendLine(Writable(type, AttrCapabilities.AllowCreate));
            list.Append(type.PublicName).Append(" update: ").AppendLine(Writable(type, AttrCapabilities.AllowChange));
        }

        await Snapshot.MatchTextAsync(list.ToString());
    }

    private static string Writable(ResourceType type, AttrCapabilities operation) =>
        string.Join(", ", type.Attributes.Where(attribute => attribute.Can(operation)).Select(attribute => attribute.PublicName).Order(StringComparer.Ordinal));
}
