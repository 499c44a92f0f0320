using System.Globalization;

namespace JsonApiCards.Benchmarks;

/// <summary>Reads <c>--name value</c> options; the benchmark commands take few enough that a parser library would be overkill.</summary>
internal static class CommandLine
{
    public static string Option(string[] args, string name, string fallback)
    {
        int index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
    }

    public static string RequiredOption(string[] args, string name) =>
        Option(args, name, "") is { Length: > 0 } value ? value : throw new ArgumentException($"{name} is required.");

    public static int IntOption(string[] args, string name, int fallback) =>
        int.Parse(Option(args, name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
}
