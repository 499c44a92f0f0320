namespace JsonApiCards.Api.Security;

/// <summary>A new access token, with what the token response tells about it.</summary>
/// <param name="ExpiresIn">Seconds from <paramref name="CreatedAt"/> until it expires.</param>
/// <param name="CreatedAt">When it was issued, in seconds since the Unix epoch.</param>
internal sealed record IssuedToken(string AccessToken, long ExpiresIn, string Scope, long CreatedAt)
{
    // The token is a credential: it must not reach logs through a formatted record.
    public override string ToString() => $"{nameof(IssuedToken)} {{ Scope = {Scope}, ExpiresIn = {ExpiresIn} }}";
}
