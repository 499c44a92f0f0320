using System.Collections.Frozen;

namespace JsonApiCards.Api.Data;

/// <summary>
/// The rule each unique key of the schema keeps, as a client reads it in the 409 when a write gets past the definitions'
/// checks and the key refuses it (two requests racing for the same email, order number or wallet entry). A test holds this
/// list to the model, so a new unique key comes with its rule.
/// </summary>
internal static class UniqueKeyRules
{
    private static readonly FrozenDictionary<string, string> ByColumns = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Key("customers", "mode", "email")] = "a customer's email is unique within its mode.",
        [Key("orders", "mode", "number")] = "an order number is unique within its mode.",
        [Key("customer_payment_sources", "customer_id", "payment_source_id")] = "a card is in a customer's wallet once.",
        [Key("customer_payment_sources", "payment_source_token")] = "a wallet entry's payment source token is unique.",
        [Key("customer_payment_sources", "customer_token")] = "a wallet entry's customer token is unique.",
        [Key("credit_cards", "card_identifier")] = "a card's identifier is unique.",
        [Key("credit_card_counts", "mode", "card_type")] = "the kept count of a card type is one row per mode.",
        [Key("api_clients", "client_id")] = "a client id is unique.",
        [Key("api_keys", "key_id")] = "an API key id is unique.",
        [Key("revoked_tokens", "token_id")] = "a token is revoked once.",
        [Key("akinon_sessions", "key_hash")] = "a session key is unique.",
        [Key("vault_data_keys", "id")] = "a vault data key id is unique.",
        [Key("vault_data_keys", "mode")] = "a mode has one active vault data key.",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The rule of the key over these columns of the table (in the key's order), or null for a key without one.</summary>
    public static string? Find(string table, IEnumerable<string> columns) => ByColumns.GetValueOrDefault(Key(table, [.. columns]));

    /// <summary>The rule of the key SQLite names in a violation (<c>customers.mode, customers.email</c>), or null.</summary>
    public static string? FindByQualifiedColumns(string qualifiedColumns) => ByColumns.GetValueOrDefault(qualifiedColumns);

    // SQLite's own spelling of a key in its error message, so a violation is looked up without parsing it further.
    private static string Key(string table, params string[] columns) => string.Join(", ", columns.Select(column => table + "." + column));
}
