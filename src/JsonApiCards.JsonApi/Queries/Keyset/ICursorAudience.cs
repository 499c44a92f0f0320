using Microsoft.AspNetCore.Http;

namespace JsonApiCards.JsonApi.Queries.Keyset;

/// <summary>
/// Who a cursor is for. A cursor made for one audience does not read back for another, so a service whose callers see
/// different resources registers one that names what narrows them (a tenant, a mode, a customer). Without one, every
/// caller shares one audience.
/// </summary>
public interface ICursorAudience
{
    /// <summary>The audience of the request's caller; any string, never shown.</summary>
    string AudienceOf(HttpContext context);
}
