namespace JsonApiCards.Fuzz;

/// <summary>Runs saved inputs through a harness without afl-fuzz: a corpus check, or a crash to reproduce.</summary>
internal static class Replay
{
    public static int Run(string harnessName, IEnumerable<string> paths)
    {
        Func<ReadOnlyMemory<byte>, bool> harness = Harnesses.All[harnessName];
        int failed = 0;
        foreach (string file in paths.SelectMany(path => Directory.Exists(path) ? Directory.EnumerateFiles(path) : [path]))
        {
            try
            {
                Console.WriteLine($"{(harness(File.ReadAllBytes(file)) ? "accepted" : "refused ")} {file}");
            }
            catch (Exception exception)
            {
                failed++;
                Console.Error.WriteLine($"{file}: {exception}");
            }
        }

        return failed == 0 ? 0 : 1;
    }
}
