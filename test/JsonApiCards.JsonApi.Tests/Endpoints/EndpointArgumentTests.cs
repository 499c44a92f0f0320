using JsonApiCards.JsonApi.Endpoints;

namespace JsonApiCards.JsonApi.Tests.Endpoints;

/// <summary>The endpoint helpers refuse a missing argument by name.</summary>
public sealed class EndpointArgumentTests
{
    [Fact]
    public async Task A_missing_argument_is_refused_by_name()
    {
        FluentActions.Invoking(() => EntityTags.VersionOf(null!)).Should().Throw<ArgumentNullException>().WithParameterName("tag");
        FluentActions.Invoking(() => JsonApiEndpointRouteBuilderExtensions.MapJsonApiResources(null!)).Should().Throw<ArgumentNullException>().WithParameterName("endpoints");
        await FluentActions.Awaiting(() => new JsonApiDocumentResult(200, _ => { }).ExecuteAsync(null!)).Should().ThrowAsync<ArgumentNullException>().WithParameterName("httpContext");
        await FluentActions.Awaiting(() => RequestBodyBytes.ReadAsync(null!, limit: 10, CancellationToken.None)).Should().ThrowAsync<ArgumentNullException>().WithParameterName("request");
    }
}
