using JsonApiCards.Api.Vault;
using Microsoft.Extensions.Options;

namespace JsonApiCards.Api.Tests.Support;

/// <summary>The vault's validator as the service builds it, with the built-in test numbers, on a clock of the test's choosing.</summary>
internal static class CardValidators
{
    public static CardValidator At(DateTimeOffset now) => new(new SettableTimeProvider(now), BuiltInTestNumbers());

    public static TestCardNumbers BuiltInTestNumbers() => new(Options.Create(new TestCardNumberOptions()));
}
