using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.Client.Tests.TypeScript;

/// <summary>
/// The TypeScript sample (<c>samples/typescript</c>) as an integrator runs it: types generated from the committed document
/// by openapi-typescript, type-checked by <c>tsc --noEmit</c>, then its journey with openapi-fetch against the service on
/// a loopback port with a client created for it. Any type error or failed call fails the test with the tools' output.
/// </summary>
public sealed class TypeScriptSampleTests : KestrelTest
{
    private static readonly string SampleDirectory = Repository.Combine("samples", "typescript");

    [Fact]
    public async Task The_typescript_sample_type_checks_and_runs_its_journey_against_the_service()
    {
        var (clientId, secret) = await App.CreateApiClientAsync(CardsMode.Test, "TypeScript sample");
        BaseUrl().Should().StartWith("http://127.0.0.1:", "the service listens on the loopback address");
        if (!Directory.Exists(Path.Combine(SampleDirectory, "node_modules", "openapi-fetch")))
        {
            await Step("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
        }

        await Step("npm", "run", "generate");
        await Step("npx", "tsc", "--noEmit");
        await Step("npx", "tsc");
        string journey = await Step(
            new Dictionary<string, string> { ["BASE_URL"] = BaseUrl(), ["CLIENT_ID"] = clientId, ["CLIENT_SECRET"] = secret }, "node", "dist/journey.js");

        journey.Should().Contain("reading it again: 404 RESOURCE_NOT_FOUND").And.EndWith("journey: ok\n");
    }

    private string BaseUrl() => App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

    private static Task<string> Step(string program, params string[] arguments) => Step(null, program, arguments);

    private static async Task<string> Step(IReadOnlyDictionary<string, string>? environment, string program, params string[] arguments)
    {
        (int exitCode, string output) = await NodeTools.RunAsync(program, arguments, SampleDirectory, environment);
        exitCode.Should().Be(0, $"'{program} {string.Join(' ', arguments)}' in samples/typescript must succeed:\n{output}");
        return output;
    }
}
