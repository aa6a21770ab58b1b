using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Perizinan.Browser.Tests.Support;
using Perizinan.Host.Tests.Support;

namespace Perizinan.Browser.Tests.Journeys;

/// <summary>
/// The demo Pemda page (<c>samples/embed/index.html</c>) served from another origin with embed.js pointed at the host:
/// the form opens in an iframe that grows, and the page hears <c>perizinan:draft-saved</c> and <c>perizinan:submitted</c>.
/// An origin the deployment does not list is refused by <c>frame-ancestors</c>.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class EmbedJourneyTests(BrowserHost host) : BrowserTest(host)
{
    [SkippableFact]
    public Task Embed_ListedOrigin_FrameGrowsAndEventsReachThePage() => RunAsync(async page =>
    {
        var p = page.Page;
        ServeDemo(Host.EmbeddingSite);
        await p.GotoAsync(Host.EmbeddingSite.Origin + "/");

        var iframe = p.Locator("main iframe");
        await Assertions.Expect(iframe).ToBeVisibleAsync();
        await Assertions.Expect(iframe).ToHaveAttributeAsync("style", HeightPattern());
        var frame = (await (await iframe.ElementHandleAsync()).ContentFrameAsync())!;
        Assert.True(await FrameHeightAsync(iframe) > 480, "the frame did not grow past its minimum height");

        await BrowserFiller.PressStartAsync(page, frame);
        var events = p.Locator("#kejadian");
        await frame.Locator("input[name='pemohon.nama']").PressSequentiallyAsync("Sri");
        await Assertions.Expect(events).ToContainTextAsync("Draf tersimpan (revisi");

        await BrowserFiller.FillAsync(page, Scenario.ReklameOneBoard(), frame: frame);
        var number = await BrowserFiller.SubmitAsync(page, frame);
        await Assertions.Expect(events).ToHaveTextAsync("Permohonan terkirim: " + number);
        page.AssertNoProblems();
    });

    [SkippableFact]
    public Task Embed_UnlistedOrigin_RefusedByFrameAncestors() => RunAsync(async page =>
    {
        ServeDemo(Host.UnlistedSite);

        await page.Page.GotoAsync(Host.UnlistedSite.Origin + "/");

        var deadline = DateTime.UtcNow + BrowserHost.ActionTimeout;
        while (!page.Problems.Any(p => p.Contains("frame-ancestors", StringComparison.Ordinal)))
        {
            Assert.True(DateTime.UtcNow < deadline, "no frame-ancestors violation: " + string.Join(" | ", page.Problems));
            await Task.Delay(100);
        }

        var frame = await (await page.Page.Locator("main iframe").ElementHandleAsync())!.ContentFrameAsync();
        Assert.Equal(0, await frame!.Locator("form.start").CountAsync());
    });

    /// <summary>Serves the demo as the site's front page, its embed.js address pointed at the host.</summary>
    private void ServeDemo(DemoSite site)
    {
        var demo = File.ReadAllText(Path.Combine(Samples.Folder, "..", "embed", "index.html"));
        Assert.Contains("http://localhost:5080/embed.js", demo, StringComparison.Ordinal);
        site.Page = demo.Replace("http://localhost:5080/", Host.BaseUrl.ToString(), StringComparison.Ordinal);
    }

    private static async Task<int> FrameHeightAsync(ILocator iframe) =>
        int.Parse(HeightPattern().Match((await iframe.GetAttributeAsync("style"))!).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?:^|[; ])height: (\d+)px")]
    private static partial Regex HeightPattern();
}
