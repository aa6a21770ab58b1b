using Perizinan.Browser.Tests.Support;
using Xunit.Abstractions;

namespace Perizinan.Browser.Tests.Pages;

/// <summary>The citizen pages stay light for a phone on a slow connection: at most 100 KB on the wire, cold cache.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageWeightTests(BrowserHost host, ITestOutputHelper output) : BrowserTest(host)
{
    private const long Budget = 100 * 1024;

    [SkippableTheory]
    [MemberData(nameof(CitizenPages.All), MemberType = typeof(CitizenPages))]
    public Task Page_ColdLoad_WithinBudget(string path) => RunAsync(async page =>
    {
        var weight = await PageWeight.MeasureAsync(page, path);
        output.WriteLine($"{path}: {weight}");

        Assert.True(weight.TotalBytes <= Budget, $"{path} weighs {weight} (budget {Budget:N0})");
        Assert.Contains(weight.Resources, r => r.Url.Contains("/css/site.css?v=", StringComparison.Ordinal));
    }, CitizenPages.Variant(path));

    [SkippableFact]
    public Task Page_Document_ArrivesCompressed() => RunAsync(async page =>
    {
        var response = await page.GotoAsync("/izin/izin-reklame");
        var encoding = await response.HeaderValueAsync("content-encoding");
        output.WriteLine("content-encoding: " + encoding);

        Assert.Contains(encoding, new[] { "br", "gzip" });
    });
}
