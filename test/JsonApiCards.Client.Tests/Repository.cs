using System.Runtime.CompilerServices;

namespace JsonApiCards.Client.Tests;

/// <summary>Paths in the repository, found from this file's place in it.</summary>
internal static class Repository
{
    public static string Directory { get; } = Path.GetFullPath(Path.Combine(ThisDirectory(), "..", ".."));

    public static string Combine(params string[] parts) => Path.Combine([Directory, .. parts]);

    private static string ThisDirectory([CallerFilePath] string thisFile = "") => Path.GetDirectoryName(thisFile)!;
}
