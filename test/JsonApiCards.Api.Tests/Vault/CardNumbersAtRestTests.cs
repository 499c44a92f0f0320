using System.Net;
using System.Security.Cryptography;
using JsonApiCards.Api.CreditCards;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.CreditCards;
using JsonApiCards.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace JsonApiCards.Api.Tests.Vault;

/// <summary>
/// A card's number at rest: encrypted under its mode's data key, bound to its row, fingerprinted under its mode's key.
/// Nothing in the API returns the number, so a ciphertext moved in the database fails where it would be decrypted (for a
/// payment gateway), with an error that names the card and the key but not the number.
/// </summary>
public sealed class CardNumbersAtRestTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_new_cards_number_is_stored_under_its_modes_data_key_in_the_same_write()
    {
        using HttpClient live = App.CreateJsonApiClient(CardsMode.Live);
        (await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create())).StatusCode.Should().Be(HttpStatusCode.Created);
        (await live.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create(number: "5555555555554444"))).StatusCode.Should().Be(HttpStatusCode.Created);

        var testKey = await App.ActiveDataKeyAsync(CardsMode.Test);
        var liveKey = await App.ActiveDataKeyAsync(CardsMode.Live);
        await using var db = App.CreateDbContext();
        List<CreditCard> cards = await db.CreditCards.AsNoTracking().OrderBy(card => card.Id).ToListAsync();
        testKey.Id.Should().NotBe(liveKey.Id);
        cards.Select(card => card.NumberKeyId).Should().Equal(testKey.Id, liveKey.Id);
        cards.Should().AllSatisfy(card => card.NumberCiphertext![0].Should().Be(0x01, "every ciphertext starts with its format's version"));
        (await App.DecryptNumberAsync(1)).Should().Be("4111111111111111");
        (await App.DecryptNumberAsync(2)).Should().Be("5555555555554444");
    }

    [Fact]
    public async Task The_same_card_has_different_fingerprints_in_test_and_live()
    {
        using HttpClient live = App.CreateJsonApiClient(CardsMode.Live);
        await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create());
        await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create(firstName: "Jane"));
        await live.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create());

        await using var db = App.CreateDbContext();
        List<string> fingerprints = await db.CreditCards.OrderBy(card => card.Id).Select(card => card.Fingerprint).ToListAsync();
        fingerprints.Should().AllSatisfy(fingerprint => fingerprint.Should().MatchRegex("^[0-9a-f]{64}$"));
        fingerprints[1].Should().Be(fingerprints[0], "the same card in the same mode");
        fingerprints[2].Should().NotBe(fingerprints[0], "the same card in the other mode");
    }

    [Fact]
    public async Task A_ciphertext_copied_to_another_card_does_not_decrypt_there()
    {
        await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create());
        await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create(number: "5555555555554444"));

        await App.CopyCiphertextAsync(fromCardId: 1, toCardId: 2);

        var decrypt = () => App.DecryptNumberAsync(2);
        (await decrypt.Should().ThrowAsync<CryptographicException>())
            .WithMessage("The number of card 2 does not decrypt under key 'test-*': it was altered, or belongs to another card, mode or key.")
            .Which.Message.Should().NotContain("4111").And.NotContain("4444");
        (await App.DecryptNumberAsync(1)).Should().Be("4111111111111111");
        (await Client.GetAsync("/api/credit_cards/2")).StatusCode.Should().Be(HttpStatusCode.OK, "no response carries the number, so none decrypts it");
    }

    [Fact]
    public async Task A_ciphertext_copied_to_a_card_of_the_other_mode_does_not_decrypt_there()
    {
        using HttpClient live = App.CreateJsonApiClient(CardsMode.Live);
        await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create());
        await live.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create(number: "5555555555554444"));

        await App.CopyCiphertextAsync(fromCardId: 1, toCardId: 2);

        var decrypt = () => App.DecryptNumberAsync(2);
        await decrypt.Should().ThrowAsync<CryptographicException>().WithMessage("The vault data key 'test-*' belongs to another mode than 'live'.");
    }
}
