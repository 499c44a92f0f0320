using JsonApiCards.Api.Data;

namespace JsonApiCards.Api.Adapters.Ottu;

/// <summary>Ottu's <c>type</c>: <c>sandbox</c> is test mode, <c>production</c> live mode.</summary>
internal static class OttuType
{
    public const string Sandbox = "sandbox";

    public const string Production = "production";

    public static readonly string[] All = [Sandbox, Production];

    public static string ModeOf(string type) => type == Production ? CardsMode.Live : CardsMode.Test;
}
