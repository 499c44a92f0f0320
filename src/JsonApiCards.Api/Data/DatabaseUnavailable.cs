using JsonApiCards.JsonApi.Errors;

namespace JsonApiCards.Api.Data;

/// <summary>
/// A database that took no write within <c>Database:WriteTimeout</c> (locked by another process, or unreachable), as the
/// adapters and the OAuth endpoints answer it in their own formats: a 503 with <c>Retry-After</c>, as the JSON:API routes do.
/// </summary>
internal static class DatabaseUnavailable
{
    /// <summary>The same pause the JSON:API routes ask for: long enough for a burst of writers to drain.</summary>
    public const int RetryAfterSeconds = 1;

    public static bool Caused(Exception exception, IDatabaseFailureClassifier classifier) =>
        classifier.Classify(exception) is { Kind: DatabaseFailureKind.Busy };
}
