namespace JsonApiCards.JsonApi.Errors;

/// <summary>
/// Reads a database provider's exceptions, which the layer does not know: a key violation becomes a 409 naming the rule, a busy
/// database a 503 with <c>Retry-After</c>. Everything it does not recognise (null) stays an unexpected failure: logged, 500.
/// Register one implementation for the provider in use.
/// </summary>
public interface IDatabaseFailureClassifier
{
    /// <summary>What the exception (or one it wraps) means for the client, or null for anything else.</summary>
    DatabaseFailure? Classify(Exception exception);
}
