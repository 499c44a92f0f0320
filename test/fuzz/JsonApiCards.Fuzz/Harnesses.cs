using System.Collections.Frozen;

namespace JsonApiCards.Fuzz;

/// <summary>
/// The fuzzing targets by name: each takes one input, says whether the code under test accepted it (false: refused with a
/// 4xx), and throws only when the code misbehaves.
/// </summary>
public static class Harnesses
{
    public static FrozenDictionary<string, Func<ReadOnlyMemory<byte>, bool>> All { get; } = new Dictionary<string, Func<ReadOnlyMemory<byte>, bool>>
    {
        ["query"] = QueryStringHarness.Run,
        ["document"] = DocumentHarness.Run,
    }.ToFrozenDictionary();
}
