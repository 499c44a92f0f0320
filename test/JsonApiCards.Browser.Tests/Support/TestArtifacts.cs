using System.Runtime.CompilerServices;

namespace JsonApiCards.Browser.Tests.Support;

/// <summary>Files a test leaves for people to look at, in <c>TestResults/browser/</c> at the repository's root, beside CI's test results.</summary>
public static class TestArtifacts
{
    public static string PathOf(string fileName)
    {
        string directory = Path.Combine(RepositoryDirectory(), "TestResults", "browser");
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, fileName);
    }

    private static string RepositoryDirectory([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));
}
