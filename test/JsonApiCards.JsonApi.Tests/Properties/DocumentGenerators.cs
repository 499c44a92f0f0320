using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Resources.Annotations;

namespace JsonApiCards.JsonApi.Tests.Properties;

/// <summary>Request bodies generated from a resource type: valid create and update documents, and mutations of them.</summary>
internal static class DocumentGenerators
{
    private static readonly string[] OddJson =
    [
        "null", "true", "0", "-0", "1e400", "-1e400", "99999999999999999999999999999", "1.5", "\"\"", "\"x\"", "[]", "{}", "[null]",
        "{\"data\":null}", "\"\\uD800\"", "\"\\u0000\"", "\"2026-13-45T99:99:99Z\"", "\"9223372036854775808\"", "\"-1\"", "\"🂡\"",
        new string('[', 70) + new string(']', 70), "{\"a\":{\"a\":{\"a\":{\"a\":1}}}}",
    ];

    private const string PlaceholderText = "\"odd-value-placeholder\"";

    private static JsonValue Placeholder => JsonValue.Create("odd-value-placeholder");

    /// <summary>A valid create (no id) or update (with <paramref name="id"/>) document of <paramref name="resourceType"/>.</summary>
    public static Gen<JsonObject> Document(ResourceType resourceType, long? id)
    {
        AttrCapabilities capability = id is null ? AttrCapabilities.AllowCreate : AttrCapabilities.AllowChange;
        AttrField[] writable = [.. resourceType.Attributes.Where(attribute => attribute.Can(capability))];
        RelationshipField[] toOne = [.. resourceType.Relationships.Where(relationship => !relationship.IsToMany)];

        Gen<JsonObject> attributes = Gen.Int[0, writable.Length - 1].Array[0, writable.Length].SelectMany(indexes =>
        {
            AttrField[] chosen = [.. indexes.Distinct().Select(index => writable[index])];
            return Sequence(chosen.Select(attribute => Value(attribute.Property.PropertyType))).Select(values =>
                new JsonObject(chosen.Zip(values, (attribute, value) => KeyValuePair.Create(attribute.PublicName, value))));
        });

        Gen<JsonObject> relationships = Gen.Bool.Array[toOne.Length].SelectMany(present => Gen.Long[1, 1_000].Array[toOne.Length].Select(ids =>
            new JsonObject(toOne.Where((_, index) => present[index]).Select((relationship, index) => KeyValuePair.Create<string, JsonNode?>(relationship.PublicName,
                new JsonObject { ["data"] = ids[index] % 5 == 0 ? null : new JsonObject { ["type"] = relationship.RightType.PublicName, ["id"] = ids[index].ToString(CultureInfo.InvariantCulture) } })))));

        return Gen.Select(attributes, relationships, (attributeObject, relationshipObject) =>
        {
            var data = new JsonObject { ["type"] = resourceType.PublicName };
            if (id is not null)
            {
                data["id"] = id.Value.ToString(CultureInfo.InvariantCulture);
            }

            data["attributes"] = attributeObject;
            data["relationships"] = relationshipObject;
            return new JsonObject { ["data"] = data };
        });
    }

    /// <summary>A JSON value an attribute of <paramref name="type"/> takes.</summary>
    private static Gen<JsonNode?> Value(Type type)
    {
        Type valueType = Nullable.GetUnderlyingType(type) ?? type;
        bool nullable = valueType != type;
        Gen<JsonNode?> value = valueType switch
        {
            _ when valueType == typeof(string) => Gen.String.Select(text => (JsonNode?)JsonValue.Create(text)),
            _ when valueType == typeof(int) => Gen.Int[-1_000, 1_000].Select(number => (JsonNode?)JsonValue.Create(number)),
            _ when valueType == typeof(long) => Gen.Long.Select(number => (JsonNode?)JsonValue.Create(number)),
            _ when valueType == typeof(decimal) => Gen.Int[-100_000, 100_000].Select(cents => (JsonNode?)JsonValue.Create(cents / 100m)),
            _ when valueType == typeof(bool) => Gen.Bool.Select(flag => (JsonNode?)JsonValue.Create(flag)),
            _ when valueType == typeof(DateTime) => Gen.Int[0, 100_000_000].Select(seconds => (JsonNode?)JsonValue.Create(
                new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(seconds).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))),
            _ when valueType == typeof(JsonObject) => Gen.String.Select(text => (JsonNode?)new JsonObject { ["note"] = text }),
            _ => Gen.Const((JsonNode?)null),
        };

        return nullable || !valueType.IsValueType && valueType != typeof(string) ? Gen.Frequency((4, value), (1, Gen.Const((JsonNode?)null))) : value;
    }

    /// <summary>A document's UTF-8 bytes, mutated in its JSON tree or in its text.</summary>
    public static Gen<byte[]> Mutated(Gen<JsonObject> documents) => documents.SelectMany(document => Gen.Frequency(
        (3, ReplacedNode(document).Select(text => Encoding.UTF8.GetBytes(text))),
        (2, TextMutation(document.ToJsonString()).Select(text => Encoding.UTF8.GetBytes(text))),
        (1, ByteMutation(Encoding.UTF8.GetBytes(document.ToJsonString())))));

    /// <summary>One node anywhere in the tree replaced by an odd JSON value, or one member removed or renamed.</summary>
    private static Gen<string> ReplacedNode(JsonObject document)
    {
        List<JsonNode> nodes = [.. Descendants(document).Where(node => node.Parent is not null)];
        return Gen.Select(Gen.Int[0, nodes.Count - 1], Gen.OneOf(OddJson), Gen.Int[0, 2], (index, odd, action) =>
        {
            JsonNode copy = document.DeepClone();
            JsonNode target = Descendants(copy).Where(node => node.Parent is not null).ElementAt(index);
            JsonNode parent = target.Parent!;
            string name = target.GetPropertyName();
            int position = parent is JsonArray ? target.GetElementIndex() : -1;

            switch (action, parent)
            {
                case (0, JsonObject objectParent):
                    objectParent.Remove(name);
                    break;
                case (1, JsonObject objectParent):
                    objectParent.Remove(name);
                    objectParent[name.ToUpperInvariant() + "_"] = Placeholder;
                    break;
                case (_, JsonObject objectParent):
                    objectParent[name] = Placeholder;
                    break;
                case (_, JsonArray arrayParent):
                    arrayParent[position] = Placeholder;
                    break;
            }

            // Odd values are spliced in as text: some (a lone surrogate escape, 70 levels of arrays) a JsonNode cannot hold.
            return copy.ToJsonString().Replace(PlaceholderText, odd, StringComparison.Ordinal);
        });
    }

    private static Gen<string> TextMutation(string text) => Gen.Frequency(
        (3, Gen.Int[0, text.Length].Select(length => text[..length])),
        (3, Gen.Select(Gen.Int[0, text.Length], Gen.OneOf(OddJson.Concat(["{", "}", "[", "]", ",", ":", "\"", "\\"]).ToArray()), (index, fragment) => text.Insert(index, fragment))),
        (2, Gen.Select(Gen.Int[0, text.Length - 1], Gen.Int[0, text.Length - 1], (first, second) =>
        {
            char[] characters = text.ToCharArray();
            (characters[first], characters[second]) = (characters[second], characters[first]);
            return new string(characters);
        })),
        (1, Gen.Int[1, 200].Select(depth => new string('{', 0) + "{\"data\":" + string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth + 1))));

    private static Gen<byte[]> ByteMutation(byte[] bytes) => Gen.Select(Gen.Int[0, bytes.Length - 1], Gen.Byte, (index, value) =>
    {
        byte[] copy = [.. bytes];
        copy[index] = value;
        return copy;
    });

    private static Gen<List<T>> Sequence<T>(IEnumerable<Gen<T>> generators) =>
        generators.Aggregate(Gen.Const(() => new List<T>()), (list, generator) => list.SelectMany(items => generator.Select(item => (List<T>)[.. items, item])));

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject objectNode => objectNode.Select(member => member.Value),
            JsonArray arrayNode => arrayNode,
            _ => [],
        };

        foreach (JsonNode child in children.OfType<JsonNode>())
        {
            foreach (JsonNode descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }
}
