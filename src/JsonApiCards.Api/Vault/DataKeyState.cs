namespace JsonApiCards.Api.Vault;

/// <summary>Where a data key stands.</summary>
public static class DataKeyState
{
    /// <summary>Encrypts new card numbers of its mode; one per mode.</summary>
    public const string Active = "active";

    /// <summary>Replaced by a newer key: decrypts the numbers it encrypted, encrypts nothing new.</summary>
    public const string Retired = "retired";
}
