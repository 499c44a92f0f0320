using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace JsonApiCards.Api.Tests.Conformance;

/// <summary>
/// The conformance map (README.md beside this file) names, for every MUST of JSON:API 1.1 and of the extension and profile
/// the service applies, the tests that prove it: each name must be a test of this assembly, and a row without one a gap.
/// </summary>
public sealed partial class ConformanceMapTests
{
    [Fact]
    public void Every_test_the_conformance_map_names_is_a_test_of_this_assembly()
    {
        IReadOnlyList<MapRow> rows = ReadMap();
        HashSet<string> tests = [.. typeof(ConformanceMapTests).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(method => method.GetCustomAttributes<FactAttribute>(inherit: true).Any())
                .Select(method => $"{type.Name}.{method.Name}"))];

        rows.Should().HaveCountGreaterThan(50, "the map lists every server MUST of the specification, the extension and the profile");
        rows.SelectMany(row => row.Tests.Select(test => (row.Requirement, Test: test))).Where(pair => !tests.Contains(pair.Test))
            .Should().BeEmpty("every test the map names must exist as a [Fact] or [Theory] of this assembly");
        rows.Where(row => row.Tests.Count == 0 && !row.IsGap).Select(row => row.Requirement)
            .Should().BeEmpty("a requirement without a test must say 'gap:' and why");
        rows.Select(row => row.Requirement).Should().OnlyHaveUniqueItems();
    }

    private static IReadOnlyList<MapRow> ReadMap([CallerFilePath] string sourceFile = "")
    {
        string map = File.ReadAllText(Path.Combine(Path.GetDirectoryName(sourceFile)!, "README.md"));
        return [.. map.Split('\n')
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .Where(cells => cells.Length == 5 && RequirementId().IsMatch(cells[1]))
            .Select(cells => new MapRow(cells[1], [.. TestName().Matches(cells[3]).Select(match => match.Groups[1].Value)], cells[3].StartsWith("gap:", StringComparison.Ordinal)))];
    }

    [GeneratedRegex(@"^[a-z-]+/[a-z0-9-]+$")]
    private static partial Regex RequirementId();

    [GeneratedRegex(@"`([A-Za-z0-9_]+\.[A-Za-z0-9_]+)`")]
    private static partial Regex TestName();

    private sealed record MapRow(string Requirement, IReadOnlyList<string> Tests, bool IsGap);
}
