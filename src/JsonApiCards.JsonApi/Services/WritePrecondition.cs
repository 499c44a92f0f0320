namespace JsonApiCards.JsonApi.Services;

/// <summary>
/// What an <c>If-Match</c> asks of the resource a write changes: that it exists (<c>*</c>), or that its concurrency token
/// still holds one of the versions named. The write then also makes the database check it, in its <c>UPDATE</c> or
/// <c>DELETE</c>, so a concurrent change that wins between the read and the write is a 412 too.
/// </summary>
internal sealed class WritePrecondition
{
    private readonly ulong[] _versions;

    private WritePrecondition(bool anyVersion, ulong[] versions)
    {
        AnyVersion = anyVersion;
        _versions = versions;
    }

    /// <summary><c>If-Match: *</c>: any current version of an existing resource.</summary>
    public static WritePrecondition Any { get; } = new(anyVersion: true, []);

    /// <summary>Whether any version is accepted.</summary>
    public bool AnyVersion { get; }

    /// <summary>A precondition met by one of <paramref name="versions"/> (none: never met, as for tags that are not this service's).</summary>
    public static WritePrecondition OneOf(IEnumerable<ulong> versions) => new(anyVersion: false, [.. versions]);

    /// <summary>Whether a resource whose token holds <paramref name="version"/> meets the precondition.</summary>
    public bool IsMetBy(ulong version) => AnyVersion || Array.IndexOf(_versions, version) >= 0;
}
