using SharpFuzz;

namespace JsonApiCards.Fuzz;

// fuzz.sh runs `dotnet JsonApiCards.Fuzz.dll query|document` under afl-fuzz, which feeds one input per run through SharpFuzz's
// forkserver; `replay HARNESS FILE...` runs inputs directly, without afl-fuzz, to check a corpus or a crash found.
// (Not top-level statements: those make a public Program, which would clash with the service's in the tests that reference both.)
internal static class FuzzProgram
{
    public static int Main(string[] args)
    {
        bool replay = args is ["replay", _, _, ..] && Harnesses.All.ContainsKey(args[1]);
        if (!replay && (args.Length != 1 || !Harnesses.All.ContainsKey(args[0])))
        {
            Console.Error.WriteLine($"usage: JsonApiCards.Fuzz ({string.Join('|', Harnesses.All.Keys)}) | replay HARNESS FILE...");
            return 2;
        }

        if (replay)
        {
            return Replay.Run(args[1], args[2..]);
        }

        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            _ = Harnesses.All[args[0]](buffer.ToArray());
        });
        return 0;
    }
}
