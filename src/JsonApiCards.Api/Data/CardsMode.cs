namespace JsonApiCards.Api.Data;

/// <summary>The two modes every credential and every row belongs to.</summary>
public static class CardsMode
{
    public const string Test = "test";

    public const string Live = "live";

    public static bool IsKnown(string? mode) => mode is Test or Live;
}
