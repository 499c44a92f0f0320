using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.OpenApi;
using JsonApiCards.Api.Tests.Support;
using JsonApiCards.JsonApi.Errors;

namespace JsonApiCards.Api.Tests.Contracts;

/// <summary>
/// Error codes are a contract clients switch on: every code a response shows is in a catalogue (the layer's
/// <see cref="ErrorCodes"/> or the service's <see cref="ServiceErrorCodes"/>), README lists exactly the catalogued codes
/// with the status they come with, and error objects are built only where the catalogues are used.
/// </summary>
public sealed partial class ErrorCodeCatalogueTests
{
    private static readonly string RepositoryRoot = CommittedOpenApiDocument.RepositoryDirectory;
    private static readonly string[] CatalogueFiles =
        [Path.Combine("src", "JsonApiCards.JsonApi", "Errors", "ErrorCodes.cs"), Path.Combine("src", "JsonApiCards.Api", "Data", "ServiceErrorCodes.cs")];

    // The only places that build error objects: the layer's factories, the service's one factory for its rules, and its one for refused access.
    private static readonly string[] ErrorBuilders =
    [
        Path.Combine("src", "JsonApiCards.JsonApi", "Errors") + Path.DirectorySeparatorChar,
        Path.Combine("src", "JsonApiCards.Api", "Data", "DomainConflict.cs"),
        Path.Combine("src", "JsonApiCards.Api", "Security", "AccessErrors.cs"),
    ];

    private static IReadOnlyList<string> LayerCodes => CodesOf(typeof(ErrorCodes));

    private static IReadOnlyList<string> ServiceCodes => CodesOf(typeof(ServiceErrorCodes));

    private static IEnumerable<string> AllCodes => LayerCodes.Concat(ServiceCodes);

    [Fact]
    public void Each_code_is_catalogued_once_and_the_service_reuses_none_of_the_layers()
    {
        AllCodes.Should().OnlyHaveUniqueItems().And.OnlyContain(code => ScreamingSnakeCase().IsMatch(code));
        LayerCodes.Should().HaveCountGreaterThan(20);
        ServiceCodes.Should().NotBeEmpty();
    }

    [Fact]
    public void Every_code_a_snapshot_shows_is_catalogued()
    {
        var shown = SnapshotErrors().Select(error => error.Code).Distinct().ToList();

        shown.Should().HaveCountGreaterThan(10, "the snapshots show many of the codes");
        shown.Should().BeSubsetOf(AllCodes, "a code a client can see must be in ErrorCodes or ServiceErrorCodes");
    }

    [Fact]
    public void README_lists_exactly_the_catalogued_codes()
    {
        var listed = ReadmeCodes().Select(row => row.Code).ToList();

        listed.Should().OnlyHaveUniqueItems();
        listed.Should().BeEquivalentTo(AllCodes, "README's 'Error codes' section lists every catalogued code and no other");
    }

    [Fact]
    public void README_gives_each_code_the_status_its_snapshots_show()
    {
        var statusByCode = ReadmeCodes().ToDictionary(row => row.Code, row => row.Status);

        foreach (var (name, status, code) in SnapshotErrors())
        {
            statusByCode.Should().ContainKey(code, $"{name} shows it");
            statusByCode[code].Should().Contain(status, $"{name} shows {code} with status {status}");
        }
    }

    [Fact]
    public void No_code_is_spelled_outside_its_catalogue()
    {
        var codes = AllCodes.Select(code => '"' + code + '"').ToList();

        var spelled = SourceFiles()
            .Where(file => !CatalogueFiles.Contains(file.Path))
            .SelectMany(file => codes.Where(code => file.Text.Contains(code, StringComparison.Ordinal)).Select(code => $"{file.Path}: {code}"));

        spelled.Should().BeEmpty("a code is written once, in its catalogue, and used through the constant");
    }

    [Fact]
    public void Error_objects_are_built_only_in_Errors_and_by_the_services_domain_conflict_and_access_errors()
    {
        var builders = SourceFiles().Where(file => ErrorObjectConstruction().IsMatch(file.Text)).Select(file => file.Path).ToList();

        builders.Should().NotBeEmpty().And.OnlyContain(path => ErrorBuilders.Any(allowed => path.StartsWith(allowed, StringComparison.Ordinal)),
            "callers use the factories in src/JsonApiCards.JsonApi/Errors instead of building error objects inline");
    }

    [Fact]
    public void Where_error_objects_are_built_no_code_is_a_literal()
    {
        var literals = SourceFiles()
            .Where(file => ErrorBuilders.Any(allowed => file.Path.StartsWith(allowed, StringComparison.Ordinal)) || file.Text.Contains("DomainConflict.Create(", StringComparison.Ordinal))
            .Where(file => !CatalogueFiles.Contains(file.Path))
            .SelectMany(file => CodeLiteral().Matches(file.Text).Select(match => $"{file.Path}: {match.Value}"));

        literals.Should().BeEmpty("a new code goes into a catalogue (and README) first");
    }

    private static List<string> CodesOf(Type catalogue) =>
        catalogue.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral)
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToList();

    private static IEnumerable<(string Name, string Status, string Code)> SnapshotErrors() =>
        from snapshot in CommittedSnapshots.Documents()
        where snapshot.Document["errors"] is JsonArray
        from error in snapshot.Document["errors"]!.AsArray()
        select (snapshot.Name, (string)error!["status"]!, (string)error["code"]!);

    /// <summary>The rows <c>| `CODE` | status | when |</c> of README's "Error codes" section.</summary>
    private static List<(string Code, string Status)> ReadmeCodes()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryRoot, "README.md")).ReplaceLineEndings("\n");
        int start = readme.IndexOf("\n### Error codes\n", StringComparison.Ordinal);
        start.Should().BeGreaterThan(0, "README has an 'Error codes' section");
        int end = readme.IndexOf("\n#", start + 1, StringComparison.Ordinal);
        string section = readme[start..(end < 0 ? readme.Length : end)];
        return ReadmeCodeRow().Matches(section).Select(match => (match.Groups["code"].Value, match.Groups["status"].Value)).ToList();
    }

    private static List<(string Path, string Text)> SourceFiles()
    {
        string source = Path.Combine(RepositoryRoot, "src");
        return Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(RepositoryRoot, path))
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Select(path => (path, File.ReadAllText(Path.Combine(RepositoryRoot, path))))
            .ToList();
    }

    [GeneratedRegex("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$")]
    private static partial Regex ScreamingSnakeCase();

    [GeneratedRegex(@"""[A-Z][A-Z0-9]*(_[A-Z0-9]+)+""")]
    private static partial Regex CodeLiteral();

    // new ErrorObject(...), and the target-typed new(HttpStatusCode.X, ...).
    [GeneratedRegex(@"new\s+ErrorObject\s*\(|new\s*\(\s*(System\.Net\.)?HttpStatusCode\.")]
    private static partial Regex ErrorObjectConstruction();

    [GeneratedRegex(@"^\| `(?<code>[A-Z0-9_]+)` \| (?<status>[^|]+) \|", RegexOptions.Multiline)]
    private static partial Regex ReadmeCodeRow();
}
