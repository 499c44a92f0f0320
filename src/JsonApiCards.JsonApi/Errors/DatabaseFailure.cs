namespace JsonApiCards.JsonApi.Errors;

/// <summary>What a failed database statement means for the client, as an <see cref="IDatabaseFailureClassifier"/> reads it.</summary>
public enum DatabaseFailureKind
{
    /// <summary>A unique key refused the write: another row already holds the value.</summary>
    UniqueViolation,

    /// <summary>A foreign key refused the write: it refers to a row that is gone, or a row still refers to the one removed.</summary>
    ForeignKeyViolation,

    /// <summary>The database was too busy (locked, a serialization failure) to take the statement now; the same request may succeed later.</summary>
    Busy,
}

/// <summary>A database failure the client can act on, and the rule it broke (for a unique key), in words a client understands.</summary>
/// <param name="Kind">What kind of failure.</param>
/// <param name="Rule">For a unique key, the rule it keeps (<c>An order number is unique within its mode.</c>); else null.</param>
public sealed record DatabaseFailure(DatabaseFailureKind Kind, string? Rule = null);
