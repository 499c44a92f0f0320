namespace JsonApiCards.Api.Vault;

/// <summary>How <c>vault remove-key</c> ended.</summary>
internal enum KeyRemoval
{
    Removed,
    NotFound,
    Active,
    InUse,
}
