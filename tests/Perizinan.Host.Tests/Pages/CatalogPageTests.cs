using System.Net;
using Perizinan.Host.Tests.Support;

namespace Perizinan.Host.Tests.Pages;

/// <summary>The catalog and permit pages, as a browser without JavaScript gets them.</summary>
public sealed class CatalogPageTests(HostFactory host) : IClassFixture<HostFactory>
{
    private readonly HttpClient _client = host.CreateClient();

    [Fact]
    public async Task Catalog_Indonesian_EveryPublishedPermitLinked()
    {
        var response = await _client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"id\">", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/izin/izin-reklame\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/izin/izin-keramaian\"", html, StringComparison.Ordinal);
        Assert.Contains("Daftar izin", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Catalog_EnglishChosen_EnglishAndRemembered()
    {
        var english = await _client.GetStringAsync("/?lang=en");

        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains("Advertising (Billboard) Permit", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Permit_Reklame_RequirementsFeesAndLegalBasis()
    {
        var html = await _client.GetStringAsync("/izin/izin-reklame");

        Assert.Contains("Persyaratan", html, StringComparison.Ordinal);
        Assert.Contains("KTP pemohon", html, StringComparison.Ordinal);
        Assert.Contains("Perwal Kota Bekasi No. 51 Tahun 2024", html, StringComparison.Ordinal);
        Assert.Contains("Pajak", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Permit_Unknown_NotFound()
    {
        var response = await _client.GetAsync("/izin/izin-tidak-ada");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Pages_SecurityHeaders_StrictPolicyWithoutInlineScript()
    {
        var response = await _client.GetAsync("/");

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task Stylesheet_Served()
    {
        var response = await _client.GetAsync("/css/site.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
    }
}
