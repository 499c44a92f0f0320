namespace JsonApiCards.Api.Tests.Support;

/// <summary>A clock that always reads the same instant, so expiry tests do not depend on the day they run.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset utcNow) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => utcNow;
}
