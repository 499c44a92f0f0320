using JsonApiCards.JsonApi.Documents;
using JsonApiCards.JsonApi.Endpoints;
using JsonApiCards.JsonApi.Queries.Expressions;
using JsonApiCards.JsonApi.Resources;
using Microsoft.Net.Http.Headers;
using static JsonApiCards.JsonApi.Tests.Endpoints.Tags.TaggedModel;

namespace JsonApiCards.JsonApi.Tests.Endpoints.Tags;

public sealed class EntityTagsTests
{
    private static readonly DocumentContext NoInclude = ContextIncluding();

    [Fact]
    public void A_document_of_a_type_without_a_concurrency_token_has_no_tag()
    {
        var keeper = new Keeper { Id = 1 };

        EntityTags.ForResource(Tokens, Keepers, keeper, NoInclude, string.Empty).Should().BeNull();
        EntityTags.ForCollection(Tokens, Keepers, new[] { keeper }, 1, NoInclude, string.Empty).Should().BeNull();
        EntityTags.ForCursorPage(Tokens, Keepers, new[] { keeper }, hasMore: false, NoInclude, string.Empty).Should().BeNull();
    }

    [Fact]
    public void A_resources_tag_is_strong_and_names_its_version_before_a_digest()
    {
        EntityTags.ForResource(Tokens, Ledgers, new Ledger { Id = 3, Version = 17 }, NoInclude, string.Empty)
            .Should().MatchRegex("^\"17-[0-9a-f]{16}\"$");
    }

    [Fact]
    public void Null_primary_data_has_version_zero()
    {
        EntityTags.ForResource(Tokens, Ledgers, null, NoInclude, string.Empty).Should().MatchRegex("^\"0-[0-9a-f]{16}\"$");
    }

    [Fact]
    public void A_tag_is_the_same_in_every_process_and_release()
    {
        // Clients and caches keep tags across restarts and deployments, so the digest must never depend on the process.
        // The values are 64-bit FNV-1a over the inputs the class documents, as an independent implementation computes them.
        var ledger = new Ledger { Id = 3, Version = 17, Entries = [new Entry { Id = 5, Version = 2 }] };

        string? resourceTag = EntityTags.ForResource(Tokens, Ledgers, ledger, ContextIncluding("entries"), "include=entries");
        string? collectionTag = EntityTags.ForCollection(Tokens, Ledgers, new[] { ledger }, 4, NoInclude, "page[size]=1");
        string? cursorTag = EntityTags.ForCursorPage(Tokens, Ledgers, new[] { ledger }, hasMore: true, NoInclude, "page[size]=1");

        resourceTag.Should().Be("\"17-3a2aa2d12bfa8a9c\"");
        collectionTag.Should().Be("W/\"b0d1cd4ebdddb7c5\"");
        cursorTag.Should().Be("W/\"08d88a28564f10d4\"");
    }

    [Fact]
    public void A_resources_tag_changes_with_its_id_its_version_and_the_query_string()
    {
        string? tag = ResourceTag(new Ledger { Id = 3, Version = 17 }, "fields[ledgers]=name");

        string?[] others =
        [
            ResourceTag(new Ledger { Id = 4, Version = 17 }, "fields[ledgers]=name"),
            ResourceTag(new Ledger { Id = 3 + 256, Version = 17 }, "fields[ledgers]=name"),
            ResourceTag(new Ledger { Id = 3 + (1L << 56), Version = 17 }, "fields[ledgers]=name"),
            ResourceTag(new Ledger { Id = 3, Version = 18 }, "fields[ledgers]=name"),
            ResourceTag(new Ledger { Id = 3, Version = 17 }, string.Empty),
            ResourceTag(null, "fields[ledgers]=name"),
        ];

        others.Should().OnlyHaveUniqueItems().And.NotContain(tag);
        ResourceTag(new Ledger { Id = 3, Version = 17 }, "fields[ledgers]=name").Should().Be(tag);
    }

    [Fact]
    public void An_included_resource_changes_the_tag_when_it_changes_and_only_when_it_is_included()
    {
        var entry = new Entry { Id = 5, Version = 1 };
        var ledger = new Ledger { Id = 3, Version = 17, Entries = [entry] };
        DocumentContext withEntries = ContextIncluding("entries");

        string? included = EntityTags.ForResource(Tokens, Ledgers, ledger, withEntries, string.Empty);
        string? notIncluded = EntityTags.ForResource(Tokens, Ledgers, ledger, NoInclude, string.Empty);
        entry.Version = 2;
        string? includedAfterChange = EntityTags.ForResource(Tokens, Ledgers, ledger, withEntries, string.Empty);
        string? notIncludedAfterChange = EntityTags.ForResource(Tokens, Ledgers, ledger, NoInclude, string.Empty);
        entry.Id = 6;
        string? includedAnother = EntityTags.ForResource(Tokens, Ledgers, ledger, withEntries, string.Empty);

        new[] { included, includedAfterChange, includedAnother, notIncluded }.Should().OnlyHaveUniqueItems();
        notIncludedAfterChange.Should().Be(notIncluded);
        included.Should().StartWith("\"17-");
    }

    [Fact]
    public void Resources_included_through_an_included_resource_are_part_of_the_tag()
    {
        var outer = new Ledger { Id = 9, Version = 1 };
        var ledger = new Ledger { Id = 3, Version = 17, Entries = [new Entry { Id = 5, Version = 1, Ledger = outer }] };
        DocumentContext entriesAndTheirLedgers = ContextIncluding("entries.ledger");

        string? before = EntityTags.ForResource(Tokens, Ledgers, ledger, entriesAndTheirLedgers, string.Empty);
        outer.Version = 2;
        string? after = EntityTags.ForResource(Tokens, Ledgers, ledger, entriesAndTheirLedgers, string.Empty);

        after.Should().NotBe(before);
        EntityTags.ForResource(Tokens, Ledgers, ledger, ContextIncluding("entries"), string.Empty).Should().NotBe(before);
    }

    [Fact]
    public void An_included_to_one_resource_is_part_of_the_tag_by_its_id_even_without_a_token_and_a_null_one_adds_nothing()
    {
        var ledger = new Ledger { Id = 3, Version = 17, Entries = [new Entry { Id = 5, Version = 1 }] };
        DocumentContext withKeeper = ContextIncluding("keeper");

        string? none = EntityTags.ForResource(Tokens, Ledgers, ledger, withKeeper, string.Empty);
        string? notIncluded = EntityTags.ForResource(Tokens, Ledgers, ledger, NoInclude, string.Empty);
        string? noneThenEntries = EntityTags.ForResource(Tokens, Ledgers, ledger, ContextIncluding("keeper", "entries"), string.Empty);
        string? entriesOnly = EntityTags.ForResource(Tokens, Ledgers, ledger, ContextIncluding("entries"), string.Empty);
        ledger.Keeper = new Keeper { Id = 1 };
        string? first = EntityTags.ForResource(Tokens, Ledgers, ledger, withKeeper, string.Empty);
        ledger.Keeper = new Keeper { Id = 2 };
        string? second = EntityTags.ForResource(Tokens, Ledgers, ledger, withKeeper, string.Empty);

        new[] { none, first, second }.Should().OnlyHaveUniqueItems();
        none.Should().Be(notIncluded, "a to-one relationship that is null includes nothing");
        noneThenEntries.Should().Be(entriesOnly);
    }

    [Fact]
    public void A_collections_tag_is_weak_and_changes_with_the_count_the_members_their_order_and_the_query_string()
    {
        var first = new Ledger { Id = 1, Version = 1 };
        var second = new Ledger { Id = 2, Version = 1 };
        string? tag = EntityTags.ForCollection(Tokens, Ledgers, new[] { first, second }, 2, NoInclude, string.Empty);

        string?[] others =
        [
            EntityTags.ForCollection(Tokens, Ledgers, new[] { first, second }, 3, NoInclude, string.Empty),
            EntityTags.ForCollection(Tokens, Ledgers, new[] { second, first }, 2, NoInclude, string.Empty),
            EntityTags.ForCollection(Tokens, Ledgers, new[] { first }, 2, NoInclude, string.Empty),
            EntityTags.ForCollection(Tokens, Ledgers, new[] { first, second }, 2, NoInclude, "sort=-id"),
            EntityTags.ForCollection(Tokens, Ledgers, new[] { first, new Ledger { Id = 2, Version = 2 } }, 2, NoInclude, string.Empty),
        ];

        tag.Should().MatchRegex("^W/\"[0-9a-f]{16}\"$");
        others.Should().OnlyHaveUniqueItems().And.NotContain(tag);
    }

    [Fact]
    public void A_collections_tag_changes_with_the_resources_its_members_include()
    {
        var entry = new Entry { Id = 5, Version = 1 };
        Ledger[] page = [new Ledger { Id = 1, Version = 1, Entries = [entry] }];
        DocumentContext withEntries = ContextIncluding("entries");

        string? before = EntityTags.ForCollection(Tokens, Ledgers, page, 1, withEntries, string.Empty);
        entry.Version = 2;

        EntityTags.ForCollection(Tokens, Ledgers, page, 1, withEntries, string.Empty).Should().NotBe(before);
    }

    [Fact]
    public void A_cursor_pages_tag_differs_from_the_numbered_pages_and_changes_with_whether_more_follow()
    {
        Ledger[] page = [new Ledger { Id = 1, Version = 1 }];

        string? more = EntityTags.ForCursorPage(Tokens, Ledgers, page, hasMore: true, NoInclude, string.Empty);
        string? last = EntityTags.ForCursorPage(Tokens, Ledgers, page, hasMore: false, NoInclude, string.Empty);
        string? numbered = EntityTags.ForCollection(Tokens, Ledgers, page, 1, NoInclude, string.Empty);

        new[] { more, last, numbered }.Should().OnlyHaveUniqueItems();
        more.Should().MatchRegex("^W/\"[0-9a-f]{16}\"$");
    }

    [Theory]
    [InlineData("\"17-3a2aa2d12bfa8a9c\"", 17UL)]
    [InlineData("\"0-0\"", 0UL)]
    [InlineData("\"1-\"", 1UL)]
    [InlineData("\"18446744073709551615-x\"", ulong.MaxValue)]
    public void The_version_of_a_resources_tag_is_the_number_before_its_dash(string tag, ulong version)
    {
        EntityTags.VersionOf(EntityTagHeaderValue.Parse(tag)).Should().Be(version);
    }

    [Theory]
    [InlineData("W/\"17-3a2aa2d12bfa8a9c\"")]
    [InlineData("\"\"")]
    [InlineData("\"1\"")]
    [InlineData("\"17\"")]
    [InlineData("\"-17\"")]
    [InlineData("\"+1-a\"")]
    [InlineData("\" 1-a\"")]
    [InlineData("\"x-1\"")]
    [InlineData("\"18446744073709551616-x\"")]
    public void Any_other_tag_names_no_version(string tag)
    {
        EntityTags.VersionOf(EntityTagHeaderValue.Parse(tag)).Should().BeNull();
    }

    private static string? ResourceTag(Ledger? ledger, string queryString) =>
        EntityTags.ForResource(Tokens, Ledgers, ledger, NoInclude, queryString);

    private static DocumentContext ContextIncluding(params string[] paths) => new()
    {
        Links = new LinkBuilder("https://ledgers.example", string.Empty, "/ledgers"),
        Definitions = _ => throw new NotSupportedException("Tags are made without definitions."),
        Include = [.. paths.Select(path => Include(Ledgers, path.Split('.')))],
    };

    private static IncludeElementExpression Include(ResourceType type, ReadOnlySpan<string> names)
    {
        RelationshipField relationship = type.FindRelationship(names[0])!;
        return new IncludeElementExpression(relationship, names.Length > 1 ? [Include(relationship.RightType, names[1..])] : []);
    }
}
