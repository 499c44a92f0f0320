using Microsoft.Extensions.Options;

namespace JsonApiCards.JsonApi.Tests;

public sealed class JsonApiOptionsValidatorTests
{
    [Fact]
    public void The_defaults_are_valid()
    {
        Validate(new JsonApiOptions()).Succeeded.Should().BeTrue();
    }

    [Theory]
    [InlineData("https://cards.example.com/vault")]
    [InlineData("http://localhost:5080")]
    public void An_absolute_http_or_https_public_base_url_is_valid(string url)
    {
        Validate(new JsonApiOptions { PublicBaseUrl = url }).Succeeded.Should().BeTrue();
    }

    [Theory]
    [InlineData("/vault")]
    [InlineData("ftp://cards.example.com")]
    [InlineData("https://user:secret@cards.example.com")]
    [InlineData("https://cards.example.com/?a=1")]
    [InlineData("https://cards.example.com/#top")]
    [InlineData("https://cards.example.com/?")]
    [InlineData("https://cards.example.com/#")]
    [InlineData("file:///etc/passwd")]
    public void A_public_base_url_that_links_could_not_start_with_is_refused(string url)
    {
        ValidateOptionsResult result = Validate(new JsonApiOptions { PublicBaseUrl = url });

        result.Failed.Should().BeTrue();
        result.FailureMessage.Should().Contain($"'{url}'");
    }

    [Theory]
    [InlineData(nameof(JsonApiOptions.MaxToManyLinkage))]
    [InlineData(nameof(JsonApiOptions.MaxToManyFilterDepth))]
    [InlineData(nameof(JsonApiOptions.MaxFilterSubqueries))]
    [InlineData(nameof(JsonApiOptions.MaxErrorsPerDocument))]
    [InlineData(nameof(JsonApiOptions.MaxAtomicOperations))]
    public void A_limit_below_one_is_refused_and_one_is_valid(string limit)
    {
        var options = new JsonApiOptions();
        typeof(JsonApiOptions).GetProperty(limit)!.SetValue(options, 0);
        ValidateOptionsResult zero = Validate(options);
        typeof(JsonApiOptions).GetProperty(limit)!.SetValue(options, 1);

        zero.Failed.Should().BeTrue();
        zero.FailureMessage.Should().Contain("JsonApi:" + limit);
        Validate(options).Succeeded.Should().BeTrue();
    }

    [Fact]
    public void A_page_offset_limit_below_the_largest_page_is_refused_and_equal_to_it_is_valid()
    {
        ValidateOptionsResult below = Validate(new JsonApiOptions { MaxPageSize = 50, MaxPageOffset = 49 });

        below.Failed.Should().BeTrue();
        below.FailureMessage.Should().Contain("(49)").And.Contain("(50)");
        Validate(new JsonApiOptions { MaxPageSize = 50, MaxPageOffset = 50 }).Succeeded.Should().BeTrue();
    }

    private static ValidateOptionsResult Validate(JsonApiOptions options) => new JsonApiOptionsValidator().Validate(null, options);
}
