using System.Text.Json;

namespace JsonApiCards.JsonApi.Resources;

internal static class SnakeCase
{
    public static string Convert(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
}
