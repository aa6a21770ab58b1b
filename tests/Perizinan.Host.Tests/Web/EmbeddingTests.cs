using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Perizinan.Host.Tests.Support;

namespace Perizinan.Host.Tests.Web;

/// <summary>
/// A deployment with embedding origins: its pages may be framed by them, and the antiforgery cookie is
/// <c>SameSite=None; Secure</c> over HTTPS while plain HTTP (development) still works.
/// </summary>
public sealed class EmbeddingTests(EmbeddingHostFactory host) : IClassFixture<EmbeddingHostFactory>
{
    [Fact]
    public async Task PermitPage_Http_ServedWithStrictCookie()
    {
        using var client = host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost/") });

        using var response = await client.GetAsync("/izin/izin-reklame");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = AntiforgeryCookie(response);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("frame-ancestors 'self' " + EmbeddingHostFactory.Origin, response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PermitPage_Https_CookieSameSiteNoneAndSecure()
    {
        using var client = host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost/") });

        using var response = await client.GetAsync("/izin/izin-reklame");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = AntiforgeryCookie(response);
        Assert.Contains("samesite=none", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Start_Http_DraftCreated()
    {
        var client = new PageClient(host);

        var first = await FormFiller.StartAsync(client, "izin-reklame");

        Assert.StartsWith("/permohonan/", first, StringComparison.Ordinal);
    }

    private static string AntiforgeryCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("perizinan-af=", StringComparison.Ordinal));
}
