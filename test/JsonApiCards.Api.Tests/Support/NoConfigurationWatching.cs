using System.Runtime.CompilerServices;

namespace JsonApiCards.Api.Tests.Support;

/// <summary>
/// Every host the suite starts would watch its appsettings files with an inotify instance of its own; two API test
/// projects (SQLite and PostgreSQL) running side by side reach the user's limit (128) and hosts fail to start. The tests
/// never change those files, so the hosts read them once.
/// </summary>
internal static class NoConfigurationWatching
{
    [ModuleInitializer]
    internal static void Initialize() => Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
}
