using System.Text;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.CreditCards;
using JsonApiCards.Api.Tests.Support;
using JsonApiCards.Api.Vault;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JsonApiCards.Api.Tests.Vault;

/// <summary>
/// The data keys: one active key per mode, made on the first start in that mode, stored only wrapped by the
/// key-encryption key, and read again by every instance so that a new key is used and an unseen one is found.
/// </summary>
public sealed class DataKeysTests(JsonApiCardsApplication app) : IntegrationTest(app), IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Each_mode_has_one_active_data_key_stored_only_wrapped()
    {
        await using var db = App.CreateDbContext();
        List<VaultDataKey> keys = await db.VaultDataKeys.AsNoTracking().ToListAsync();

        keys.Where(key => key.State == DataKeyState.Active).Select(key => key.Mode).Should().BeEquivalentTo([CardsMode.Test, CardsMode.Live]);
        DataKeyRing ring = App.Services.GetRequiredService<DataKeyRing>();
        foreach (VaultDataKey key in keys.Where(key => key.State == DataKeyState.Active))
        {
            key.Id.Should().MatchRegex($"^{key.Mode}-[0-9]{{8}}-[0-9a-f]{{8}}$");
            key.WrappedKey.Should().HaveCount(1 + 12 + 32 + 16);
            byte[] unwrapped = (await ring.KeyAsync(key.Id, key.Mode, CancellationToken.None)).Key.ToArray();
            key.WrappedKey.AsSpan().IndexOf(unwrapped.AsSpan(0, 8)).Should().Be(-1);
            SqliteConnection.ClearAllPools();
            ReadDatabaseFiles().AsSpan().IndexOf(unwrapped.AsSpan(0, 8)).Should().Be(-1, "no data key is in the database files in clear");
        }
    }

    [Fact]
    public async Task Two_instances_starting_at_once_on_a_new_database_make_one_key_per_mode()
    {
        string connectionString = $"Data Source={_directory.Combine("race.db")};Pooling=False";
        await using (var setup = NewContext(connectionString))
        {
            await setup.Database.MigrateAsync();
        }

        await using var first = NewContext(connectionString);
        await using var second = NewContext(connectionString);

        var reads = await Task.WhenAll(Store(first).ReadEnsuringActiveKeysAsync(CancellationToken.None), Store(second).ReadEnsuringActiveKeysAsync(CancellationToken.None));

        reads[0].Select(key => key.Id).Should().BeEquivalentTo(reads[1].Select(key => key.Id));
        reads[0].Should().HaveCount(2).And.OnlyContain(key => key.State == DataKeyState.Active);
        var anotherFirstKey = () => Store(first).CreateActiveAsync(CardsMode.Test, retireCurrent: false, CancellationToken.None);
        await anotherFirstKey.Should().ThrowAsync<DbUpdateException>("the database holds one active key per mode");
    }

    [Fact]
    public async Task A_card_written_under_a_retired_key_still_reads_and_new_cards_use_the_new_key_once_the_interval_has_passed()
    {
        await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create());
        VaultDataKey oldKey = await App.ActiveDataKeyAsync(CardsMode.Test);

        VaultDataKey newKey = await App.CreateNewActiveKeyAsync(CardsMode.Test);
        await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create(number: "5555555555554444"));
        App.Clock.Advance(TimeSpan.FromSeconds(10));
        await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create(number: "378282246310005", verificationValue: "1234"));

        await using var db = App.CreateDbContext();
        (await db.CreditCards.OrderBy(card => card.Id).Select(card => card.NumberKeyId).ToListAsync())
            .Should().Equal([oldKey.Id, oldKey.Id, newKey.Id], "an instance reads the keys again once per Vault:KeyRefreshInterval (10 s)");
        (await db.VaultDataKeys.SingleAsync(key => key.Id == oldKey.Id)).State.Should().Be(DataKeyState.Retired);
        (await App.DecryptNumberAsync(1)).Should().Be("4111111111111111");
        (await App.DecryptNumberAsync(2)).Should().Be("5555555555554444");
        (await App.DecryptNumberAsync(3)).Should().Be("378282246310005");
    }

    [Fact]
    public async Task A_key_this_instance_has_not_seen_is_read_at_once_when_a_card_needs_it()
    {
        await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create());
        VaultDataKey madeElsewhere = await App.CreateNewActiveKeyAsync(CardsMode.Test);
        DataKey unwrapped;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            unwrapped = await scope.ServiceProvider.GetRequiredService<DataKeyStore>().UnwrapAsync(madeElsewhere, CancellationToken.None);
        }

        await using (var db = App.CreateDbContext())
        {
            ProtectedCardNumber byAnotherInstance = CardNumberProtector.Protect("4111111111111111", 1, CardsMode.Test, unwrapped);
            await db.CreditCards.Where(card => card.Id == 1).ExecuteUpdateAsync(update => update
                .SetProperty(card => card.NumberCiphertext, byAnotherInstance.Ciphertext)
                .SetProperty(card => card.NumberKeyId, byAnotherInstance.KeyId));
        }

        (await App.DecryptNumberAsync(1)).Should().Be("4111111111111111");
    }

    [Fact]
    public async Task A_key_encryption_key_that_did_not_wrap_the_stored_keys_stops_the_start_up()
    {
        await using WebApplicationFactory<Program> withAnotherKek = App.WithWebHostBuilder(builder => builder.UseSetting("Vault:KeyEncryptionKey", TestVaultKeys.Key(0x12)));

        var start = () => withAnotherKek.Server;

        start.Should().Throw<InvalidOperationException>()
            .WithMessage("The vault data key '*' cannot be unwrapped: the configured key-encryption key (Vault:KeyEncryptionKey) is not the one it was wrapped with, or its row was altered.");
    }

    private static CardsDbContext NewContext(string connectionString) =>
        new(new DbContextOptionsBuilder<CardsDbContext>().UseSqlite(connectionString).Options);

    private static DataKeyStore Store(CardsDbContext db) =>
        new(db, new ConfiguredKeyEncryptionKey(Options.Create(TestVaultKeys.Options())), TimeProvider.System);

    private byte[] ReadDatabaseFiles() =>
        [.. Directory.GetFiles(Path.GetDirectoryName(App.DatabasePath)!).SelectMany(File.ReadAllBytes)];
}
