using System.Net;
using Microsoft.Playwright;

namespace Perizinan.Browser.Tests.Support;

/// <summary>The fixture itself: the right samples, a live host, and problem and failure recording that works.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FixtureTests(BrowserHost host) : BrowserTest(host)
{
    [Fact]
    public void CitizenForms_EverySampleButTheStressPackages()
    {
        var samples = Directory.EnumerateDirectories(Perizinan.Host.Tests.Support.Samples.Folder)
            .Select(Path.GetFileName)
            .Where(id => !id!.StartsWith("stress-", StringComparison.Ordinal));

        Assert.Equal(samples.Order(), BrowserHost.CitizenForms.Order());
    }

    [Fact]
    public async Task Host_Kestrel_ReadyOnLoopback()
    {
        using var client = Host.CreateClient();

        using var response = await client.GetAsync("health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("127.0.0.1", Host.BaseUrl.Host);
        Assert.NotEqual(0, Host.BaseUrl.Port);
    }

    [SkippableTheory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Problems_InlineStyleBlocked_Recorded(bool javaScript)
    {
        await using var page = await Host.NewPageAsync(javaScript);
        var probe = page.Url("/csp-probe").ToString();
        await page.Page.RouteAsync(probe, route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "text/html",
            Headers = new Dictionary<string, string> { ["Content-Security-Policy"] = "default-src 'self'" },
            Body = "<!DOCTYPE html><html lang=\"en\"><title>probe</title><style>body { color: red; }</style></html>",
        }));

        await page.Page.GotoAsync(probe);
        await page.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Contains(page.Problems, p => p.Contains("Content Security Policy", StringComparison.Ordinal) || p.Contains("CSP violation", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task AssertAccessible_InaccessiblePage_FailsListingEachViolation()
    {
        await using var page = await Host.NewPageAsync();
        var probe = page.Url("/axe-probe").ToString();
        await page.Page.RouteAsync(probe, route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "text/html",
            Body = "<!DOCTYPE html><html><title>probe</title><style>p { color: #bbb; }</style>" +
                   "<main><h1>Probe</h1><p>Pale text</p><img src=\"data:,\"></main></html>",
        }));
        await page.Page.GotoAsync(probe);

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => Accessibility.AssertAccessibleAsync(page.Page));

        Assert.Contains("html-has-lang (serious)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("color-contrast (serious)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("image-alt (critical)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("at img", failure.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task RunAsync_JourneyFails_ScreenshotAndHtmlSaved()
    {
        var marker = new InvalidOperationException("deliberate");

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => RunAsync(async page =>
        {
            await page.GotoAsync("/");
            throw marker;
        }, variant: "deliberate"));

        var file = Path.Combine(ArtifactsFolder, $"{nameof(FixtureTests)}.{nameof(RunAsync_JourneyFails_ScreenshotAndHtmlSaved)}.deliberate");
        Assert.Same(marker, thrown);
        Assert.True(new FileInfo(file + ".png").Length > 0);
        Assert.Contains("<html lang=\"id\">", await File.ReadAllTextAsync(file + ".html"), StringComparison.Ordinal);
        File.Delete(file + ".png");
        File.Delete(file + ".html");
    }
}
