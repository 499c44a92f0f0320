using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace JsonApiCards.Api.Data;

/// <summary>Keeps <c>metadata</c> objects as JSON text.</summary>
internal sealed class JsonObjectConverter() : ValueConverter<JsonObject, string>(
    value => value.ToJsonString(null),
    text => JsonNode.Parse(text, null, default)!.AsObject());

internal sealed class JsonObjectComparer() : ValueComparer<JsonObject>(
    (left, right) => JsonNode.DeepEquals(left, right),
    value => value.ToJsonString(null).GetHashCode(StringComparison.Ordinal),
    value => JsonNode.Parse(value.ToJsonString(null), null, default)!.AsObject());
