using System.Net;
using System.Text.RegularExpressions;
using Perizinan.Host.Tests.Support;

namespace Perizinan.Host.Tests.Web;

/// <summary>Text responses travel compressed; versioned static files are cached for long.</summary>
public sealed partial class CompressionTests(HostFactory host) : IClassFixture<HostFactory>
{
    private readonly HttpClient _client = host.CreateClient();

    [Theory]
    [InlineData("/", "br", "br")]
    [InlineData("/", "gzip", "gzip")]
    [InlineData("/izin/izin-reklame", "gzip, deflate, br", "br")]
    [InlineData("/css/site.css", "gzip", "gzip")]
    [InlineData("/js/site.js", "gzip", "gzip")]
    [InlineData("/embed.js", "br", "br")]
    [InlineData("/api/v1/forms", "br", "br")]
    public async Task Response_AcceptEncoding_Compressed(string url, string accept, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", accept);

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([expected], response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Response_NoAcceptEncoding_Plain()
    {
        using var response = await _client.GetAsync("/");

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("<html", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stylesheet_Versioned_CachedForAYear()
    {
        var page = await _client.GetStringAsync("/");
        var href = StylesheetHref().Match(page).Groups["href"].Value;

        using var versioned = await _client.GetAsync(WebUtility.HtmlDecode(href));
        using var plain = await _client.GetAsync("/css/site.css");

        Assert.Contains("?v=", href, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, versioned.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", versioned.Headers.CacheControl?.ToString());
        Assert.Null(plain.Headers.CacheControl);
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"(?<href>[^\"]+)\"")]
    private static partial Regex StylesheetHref();
}
