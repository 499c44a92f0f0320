namespace JsonApiCards.Api.Vault;

/// <summary>The numbers test mode takes, bound from the <c>Vault</c> configuration section.</summary>
internal sealed class TestCardNumberOptions
{
    public const string SectionName = "Vault";

    /// <summary>
    /// <c>Vault:TestCardNumbers:0</c>, <c>:1</c>, ...: when set, the only numbers test mode takes, in place of
    /// <see cref="TestCardNumbers.BuiltIn"/>.
    /// </summary>
    public List<string> TestCardNumbers { get; } = [];
}
