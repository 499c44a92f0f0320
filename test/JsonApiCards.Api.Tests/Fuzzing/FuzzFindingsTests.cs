using JsonApiCards.Api.Tests.OpenApi;
using JsonApiCards.Fuzz;

namespace JsonApiCards.Api.Tests.Fuzzing;

/// <summary>
/// Every input of the afl-fuzz seed corpus (test/fuzz/corpus) and every crash or hang it ever found (test/fuzz/crashes, kept
/// after the fix) runs through its harness as a plain example: the layer accepts it or refuses it with its own 4xx error.
/// </summary>
public sealed class FuzzFindingsTests
{
    private static string FuzzDirectory => Path.Combine(CommittedOpenApiDocument.RepositoryDirectory, "test", "fuzz");

    public static TheoryData<string, string> Inputs()
    {
        var inputs = new TheoryData<string, string>();
        foreach (string folder in new[] { "corpus", "crashes" })
        {
            foreach (string harness in Harnesses.All.Keys)
            {
                string directory = Path.Combine(FuzzDirectory, folder, harness);
                foreach (string file in Directory.Exists(directory) ? Directory.EnumerateFiles(directory).Order() : Enumerable.Empty<string>())
                {
                    inputs.Add(harness, Path.GetRelativePath(FuzzDirectory, file));
                }
            }
        }

        return inputs;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_saved_fuzzing_input_is_accepted_or_refused_with_a_4xx(string harness, string input)
    {
        // Act
        Action run = () => Harnesses.All[harness](File.ReadAllBytes(Path.Combine(FuzzDirectory, input)));

        // Assert
        run.Should().NotThrow();
    }

    [Fact]
    public void Every_harness_has_seeds_and_most_of_them_are_accepted()
    {
        // Arrange
        var inputs = Inputs().Select(row => ((string)row[0], (string)row[1])).Where(input => input.Item2.StartsWith("corpus", StringComparison.Ordinal)).ToList();

        // Act
        var accepted = inputs.Where(input => Harnesses.All[input.Item1](File.ReadAllBytes(Path.Combine(FuzzDirectory, input.Item2)))).ToList();

        // Assert: seeds the layer refuses only teach the fuzzer its error paths
        inputs.Select(input => input.Item1).Distinct().Should().BeEquivalentTo(Harnesses.All.Keys);
        accepted.Count.Should().BeGreaterThan(inputs.Count / 2);
    }
}
