namespace JsonApiCards.Benchmarks;

/// <summary>A clock that never moves, so the service and the baseline stamp writes with the same instant.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
