using System.Reflection;
using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace JsonApiCards.JsonApi.Tests.Architecture;

/// <summary>
/// The layer's folders are its pipeline, and a folder depends only on the folders listed before it: a query string is
/// parsed into expressions, bound to LINQ, run by the services and written as a document by the endpoints. A dependency
/// against that order fails here, naming the types that have it.
/// </summary>
public sealed class LayerDependencyTests
{
    private const string Root = "JsonApiCards.JsonApi";

    /// <summary>Lowest first; each layer is the namespaces of its folder and subfolders, where not listed on their own.</summary>
    private static readonly string[][] LayersInOrder =
    [
        [$"{Root}.Serialization"],
        [$"{Root}.Resources", $"{Root}.Resources.Annotations"],
        [$"{Root}.Errors"],
        [$"{Root}.Queries.Expressions"],
        [$"{Root}.Queries"],
        [$"{Root}.QueryStrings", $"{Root}.QueryStrings.Parsing", $"{Root}.QueryStrings.Validation"],
        [$"{Root}.Definitions"],
        [$"{Root}.Queries.QueryableBuilding"],
        [$"{Root}.Queries.Keyset"],
        [$"{Root}.Services"],
        [$"{Root}.Documents"],
        [$"{Root}.Endpoints", $"{Root}.Middleware"],
        [$"{Root}.Operations"],
        [$"{Root}.OpenApi"],
    ];

    private static readonly Assembly Layer = typeof(JsonApiOptions).Assembly;

    public static TheoryData<string> Layers => [.. LayersInOrder.Select(layer => layer[0])];

    [Theory]
    [MemberData(nameof(Layers))]
    public void A_layer_depends_on_no_layer_after_it(string layerNamespace)
    {
        int index = Array.FindIndex(LayersInOrder, layer => layer[0] == layerNamespace);
        string[] typesAfter = [.. LayersInOrder.Skip(index + 1).SelectMany(TopLevelTypeNames)];

        TestResult result = Types.InAssembly(Layer).That().ResideInNamespaceMatching(ExactlyOneOf(LayersInOrder[index]))
            .ShouldNot().HaveDependencyOnAny(typesAfter).GetResult();

        result.FailingTypeNames.Should().BeNullOrEmpty($"{layerNamespace} may use only the layers listed before it");
    }

    [Fact]
    public void Every_namespace_of_the_layer_has_its_place_in_the_order()
    {
        string[] placed = [Root, .. LayersInOrder.SelectMany(layer => layer)];

        Layer.GetTypes().Select(type => type.Namespace).Where(name => name?.StartsWith(Root, StringComparison.Ordinal) == true).Distinct()
            .Should().OnlyContain(name => placed.Contains(name), "a new folder must be given its place in LayersInOrder");
    }

    [Fact]
    public void The_order_catches_a_dependency_against_it()
    {
        TestResult result = Types.InAssembly(Layer).That().ResideInNamespaceMatching(ExactlyOneOf([$"{Root}.Endpoints"]))
            .ShouldNot().HaveDependencyOnAny([.. TopLevelTypeNames([$"{Root}.Resources"])]).GetResult();

        result.IsSuccessful.Should().BeFalse("the endpoints use the resource graph, so the rule's check finds that dependency");
    }

    private static string ExactlyOneOf(string[] namespaces) => $"^({string.Join('|', namespaces.Select(Regex.Escape))})$";

    private static IEnumerable<string> TopLevelTypeNames(string[] namespaces) =>
        Layer.GetTypes().Where(type => !type.IsNested && namespaces.Contains(type.Namespace)).Select(type => type.FullName!);
}
