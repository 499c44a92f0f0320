using JsonApiCards.Api.Data;

namespace JsonApiCards.Api.Adapters.Akinon;

/// <summary>
/// The Akinon adapter's settings (<c>Adapters:Akinon</c>). A session is a customer's credential, and a customer lives in
/// one mode, so the adapter signs customers in to one configured mode: a shop's storefront is either a test or a live one.
/// </summary>
internal sealed class AkinonOptions
{
    public const string SectionName = "Adapters:Akinon";

    /// <summary>The mode whose customers sign in and whose wallets the adapter serves (<c>test</c> by default).</summary>
    public string Mode { get; set; } = CardsMode.Test;

    /// <summary>How long a session lasts after sign-in: two weeks, Django's <c>SESSION_COOKIE_AGE</c>.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>Whether cookies carry <c>Secure</c>: everywhere but Development, which runs on plain http.</summary>
    public bool SecureCookies { get; set; } = true;
}
