using JsonApiCards.Api.Tests.Support;
using JsonApiCards.Api.Vault;

namespace JsonApiCards.Api.Tests.Vault;

public sealed class DevelopmentVaultKeyFileTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Missing_key_file_is_created_with_new_random_keys()
    {
        // Arrange
        var path = _directory.Combine("nested", "vault-keys.json");

        // Act
        var keys = DevelopmentVaultKeyFile.Load(path);

        // Assert
        File.Exists(path).Should().BeTrue();
        VaultKeyMaterial.TryDecode(keys.KeyEncryptionKey, out _).Should().BeTrue();
        VaultKeyMaterial.TryDecode(keys.FingerprintKey, out _).Should().BeTrue();
        keys.FingerprintKey.Should().NotBe(keys.KeyEncryptionKey);
        Directory.GetFiles(Path.GetDirectoryName(path)!).Should().ContainSingle("the temporary file is moved into place");
    }

    [Fact]
    public void Key_file_is_readable_by_its_owner_only()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // Arrange
        var path = _directory.Combine("keys", "vault-keys.json");

        // Act
        DevelopmentVaultKeyFile.Load(path);

        // Assert
        File.GetUnixFileMode(path).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.GetUnixFileMode(Path.GetDirectoryName(path)!).Should().Be(
            UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    [Fact]
    public void Existing_key_file_is_reused_on_later_starts()
    {
        // Arrange
        var path = _directory.Combine("vault-keys.json");
        var first = DevelopmentVaultKeyFile.Load(path);

        // Act
        var second = DevelopmentVaultKeyFile.Load(path);

        // Assert
        second.KeyEncryptionKey.Should().Be(first.KeyEncryptionKey);
        second.FingerprintKey.Should().Be(first.FingerprintKey);
    }

    [Fact]
    public void Key_file_that_others_can_read_is_refused()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // Arrange
        var path = _directory.Combine("vault-keys.json");
        DevelopmentVaultKeyFile.Load(path);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        // Act
        var load = () => DevelopmentVaultKeyFile.Load(path);

        // Assert
        load.Should().Throw<InvalidOperationException>().WithMessage("*can be read by other users*chmod 600*");
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{}")]
    [InlineData("""{"ActiveKeyId":"development","Keys":{},"FingerprintKey":"x"}""")]
    public void Damaged_key_file_is_refused_with_a_hint(string content)
    {
        // Arrange
        var path = _directory.Combine("vault-keys.json");
        File.WriteAllText(path, content);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        // Act
        var load = () => DevelopmentVaultKeyFile.Load(path);

        // Assert
        load.Should().Throw<InvalidOperationException>().WithMessage("*is damaged. Delete it*");
    }

    [Fact]
    public void Default_key_file_lives_in_the_home_folder_outside_the_repository()
    {
        // Arrange
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

        // Act
        var defaultPath = DevelopmentVaultKeyFile.ResolvePath(null);
        var tildePath = DevelopmentVaultKeyFile.ResolvePath("~/elsewhere/keys.json");

        // Assert
        defaultPath.Should().Be(Path.Combine(home, ".jsonapicards", "vault-keys.json"));
        tildePath.Should().Be(Path.Combine(home, "elsewhere", "keys.json"));
    }
}
