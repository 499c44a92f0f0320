namespace JsonApiCards.Api.RateLimits;

/// <summary>
/// How much one caller may ask of this instance, bound from the <c>RateLimits</c> configuration section: token buckets that
/// refill at a steady rate and let a burst of up to their size through. Each instance keeps its own buckets.
/// </summary>
internal sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Whether requests are limited at all (<c>RateLimits:Enabled</c>); off only where something in front of the service limits them.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Requests to <c>/api</c>, per credential (<c>RateLimits:Callers:*</c>); a request without a valid token, per remote address.</summary>
    public TokenBucketLimit Callers { get; set; } = new() { TokenLimit = 600, TokensPerPeriod = 100, ReplenishmentPeriod = TimeSpan.FromSeconds(1) };

    /// <summary>Requests to <c>/oauth</c> naming one client, valid or not (<c>RateLimits:TokenRequestsPerClient:*</c>): a client needs a token every few hours, a secret guesser many.</summary>
    public TokenBucketLimit TokenRequestsPerClient { get; set; } = new() { TokenLimit = 20, TokensPerPeriod = 20, ReplenishmentPeriod = TimeSpan.FromMinutes(1) };

    /// <summary>Requests to <c>/oauth</c> from one remote address, whatever client they name (<c>RateLimits:TokenRequestsPerAddress:*</c>).</summary>
    public TokenBucketLimit TokenRequestsPerAddress { get; set; } = new() { TokenLimit = 60, TokensPerPeriod = 60, ReplenishmentPeriod = TimeSpan.FromMinutes(1) };

    /// <summary>Session sign-ins (the Akinon adapter's <c>POST /users/login/</c>) from one remote address (<c>RateLimits:SignInsPerAddress:*</c>).</summary>
    public TokenBucketLimit SignInsPerAddress { get; set; } = new() { TokenLimit = 10, TokensPerPeriod = 10, ReplenishmentPeriod = TimeSpan.FromMinutes(1) };

    /// <summary>Session sign-ins naming one email, from any address (<c>RateLimits:SignInsPerEmail:*</c>): a customer signs in now and then, a password guesser many times.</summary>
    public TokenBucketLimit SignInsPerEmail { get; set; } = new() { TokenLimit = 5, TokensPerPeriod = 5, ReplenishmentPeriod = TimeSpan.FromMinutes(1) };
}
