namespace JsonApiCards.Api.Adapters.Akinon;

/// <summary>The paths the Akinon adapter answers, whatever the method or the trailing slash: there it speaks DRF.</summary>
internal static class AkinonPaths
{
    public const string CsrfToken = "/csrf_token";

    public const string Users = "/users";

    public static bool Owns(PathString path) => path.StartsWithSegments(Users) || path.StartsWithSegments(CsrfToken);
}
