namespace JsonApiCards.Api.Data;

/// <summary>A write waited longer than <see cref="DatabaseOptions.WriteTimeout"/> for the database: a 503 to retry, in each API's own format.</summary>
internal sealed class DatabaseWriteTimeoutException(TimeSpan timeout, Exception innerException)
    : TimeoutException($"The database took no write for {timeout.TotalSeconds:0.###} seconds.", innerException);
