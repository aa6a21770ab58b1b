using Perizinan.Browser.Tests.Support;
using Perizinan.Host.Tests.Support;
using Xunit.Abstractions;

namespace Perizinan.Browser.Tests.Pages;

/// <summary>
/// The form pages stay within the same 100 KB budget as the catalog, cold cache, with JavaScript: a plain form page,
/// the biggest sample page (izin-reklame's boards, three of them) and the review page of that application.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FormPageWeightTests(BrowserHost host, ITestOutputHelper output) : BrowserTest(host)
{
    private const long Budget = 100 * 1024;

    [SkippableFact]
    public async Task FormPages_ThreeBoards_ColdLoadWithinBudget()
    {
        string? storage = null;
        var draftId = Guid.Empty;
        await RunAsync(async page =>
        {
            draftId = await BrowserFiller.StartAsync(page, "izin-reklame");
            await BrowserFiller.FillAsync(page, Samples.ScenarioAnswers("izin-reklame", "05-badan-usaha-tiga-papan-lengkap.json"));
            storage = await page.Context.StorageStateAsync();
        }, "fill");

        foreach (var path in new[] { $"/permohonan/{draftId}/pemohon", $"/permohonan/{draftId}/reklame", $"/permohonan/{draftId}/periksa" })
        {
            // A new context each time: an empty cache, the same draft cookie.
            await using var page = await Host.NewPageAsync(storageState: storage);
            var weight = await PageWeight.MeasureAsync(page, path);
            output.WriteLine($"{path}: {weight}");

            Assert.True(weight.TotalBytes <= Budget, $"{path} weighs {weight} (budget {Budget:N0})");
            Assert.Contains(weight.Resources, r => r.Url.Contains("/js/site.js?v=", StringComparison.Ordinal));
            page.AssertNoProblems();
        }
    }
}
