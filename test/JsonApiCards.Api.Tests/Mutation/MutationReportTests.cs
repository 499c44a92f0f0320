using JsonApiCards.Api.Tests.OpenApi;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.Mutation;

/// <summary>
/// The committed mutation score (test/JsonApiCards.Benchmarks/results/mutation.md) is what test/mutation/mutation.mjs writes
/// from the committed parts and today's source: a part whose files changed since it ran shows as stale, never as current.
/// </summary>
public sealed class MutationReportTests
{
    [Fact]
    public async Task The_committed_mutation_report_is_what_the_committed_parts_and_todays_source_give()
    {
        string repository = CommittedOpenApiDocument.RepositoryDirectory;
        string results = Path.Combine(repository, "test", "JsonApiCards.Benchmarks", "results");
        string written = Path.Combine(Path.GetTempPath(), $"mutation-{Guid.NewGuid():N}.md");
        try
        {
            (int exitCode, string output) = await NodeTools.RunAsync(
                "node",
                [Path.Combine(repository, "test", "mutation", "mutation.mjs"), "report", Path.Combine(results, "mutation"), written, Path.Combine(repository, "src", "JsonApiCards.JsonApi")],
                repository);

            exitCode.Should().Be(0, output);
            (await File.ReadAllTextAsync(written)).ReplaceLineEndings("\n").Should().Be(
                (await File.ReadAllTextAsync(Path.Combine(results, "mutation.md"))).ReplaceLineEndings("\n"),
                "results/mutation.md must be rewritten with 'test/mutation/mutation.sh report' after the layer's source changes");
        }
        finally
        {
            File.Delete(written);
        }
    }
}
