using System.Globalization;

namespace JsonApiCards.Benchmarks.Load;

/// <summary>
/// The page each scale scenario measured at each size (scale-pages.tsv: size, scenario, page). A small database may hold
/// fewer pages than a scenario asks for (the cards of one type at 10k fill 250 pages of 10): the walk then measured the
/// last, and the report says so beside the scenario.
/// </summary>
internal sealed class ScalePages(Dictionary<(int Size, string Scenario), int> pages)
{
    public static ScalePages Read(string file)
    {
        var pages = new Dictionary<(int, string), int>();
        if (file.Length > 0 && File.Exists(file))
        {
            foreach (string[] fields in File.ReadLines(file).Where(line => line.Length > 0).Select(line => line.Split('\t')))
            {
                pages[(int.Parse(fields[0], CultureInfo.InvariantCulture), fields[1])] = int.Parse(fields[2], CultureInfo.InvariantCulture);
            }
        }

        return new ScalePages(pages);
    }

    /// <summary>" (pages read: 250, 1000, 1000)" when the page read differed between sizes; empty otherwise.</summary>
    public string Note(string scenario, IReadOnlyList<int> sizes)
    {
        int?[] read = [.. sizes.Select(size => pages.TryGetValue((size, scenario), out int page) ? page : (int?)null)];
        return read.Distinct().Count() > 1
            ? string.Create(CultureInfo.InvariantCulture, $" (page read: {string.Join(", ", read.Select(page => page?.ToString(CultureInfo.InvariantCulture) ?? "—"))})")
            : "";
    }
}
