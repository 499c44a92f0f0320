namespace JsonApiCards.Api.Vault;

/// <summary>One problem with the card data, tied to the field it is about so the caller can point at it.</summary>
/// <param name="Field">One of the <see cref="CardField"/> names.</param>
/// <param name="Message">An English sentence that says what is wrong; it never repeats the number.</param>
internal sealed record CardValidationError(string Field, string Message);
