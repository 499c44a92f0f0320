namespace JsonApiCards.Api.Tests.Support;

/// <summary>A clock tests set by hand, so timestamps in documents are known in advance.</summary>
public sealed class SettableTimeProvider(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public void Set(DateTimeOffset now) => _now = now;

    public void Advance(TimeSpan by) => _now += by;

    public override DateTimeOffset GetUtcNow() => _now;
}
