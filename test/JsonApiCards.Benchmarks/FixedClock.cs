namespace JsonApiCards.Benchmarks;

/// <summary>
/// The clock both benchmark hosts share. It stands still while load.sh compares the hosts' responses byte for byte;
/// once told to tick, every reading is one millisecond later than the last, so the rows written under load get
/// distinct timestamps as they would in production instead of thousands of ties on one instant.
/// </summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    private long _ticks = now.UtcTicks;
    private volatile bool _ticking;

    public void StartTicking() => _ticking = true;

    public override DateTimeOffset GetUtcNow() =>
        new(_ticking ? Interlocked.Add(ref _ticks, TimeSpan.TicksPerMillisecond) : Interlocked.Read(ref _ticks), TimeSpan.Zero);
}
