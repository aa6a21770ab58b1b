using Microsoft.Playwright;
using Perizinan.Browser.Tests.Support;

namespace Perizinan.Browser.Tests.Pages;

/// <summary>The catalog and permit pages in a real browser: links, language switch, no errors.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CatalogJourneyTests(BrowserHost host) : BrowserTest(host)
{
    [SkippableFact]
    public Task Catalog_EveryCitizenSampleListed() => RunAsync(async page =>
    {
        await page.GotoAsync("/");

        var links = await page.Page.Locator(".permit-card h3 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(BrowserHost.CitizenForms.Select(id => "/izin/" + id).Order(), links.Order());
    });

    [SkippableFact]
    public Task Catalog_ClickPermit_OpensItsPage() => RunAsync(async page =>
    {
        await page.GotoAsync("/");
        var link = page.Page.Locator("a[href='/izin/pbg']");
        var title = (await link.InnerTextAsync()).Trim();

        await link.ClickAsync();

        await page.ExpectAtAsync("/izin/pbg");
        await Assertions.Expect(page.Page.Locator("h1")).ToHaveTextAsync(title);
        await Assertions.Expect(page.Page).ToHaveTitleAsync(title + " — Layanan Perizinan");
    });

    [SkippableTheory]
    [InlineData(true)]
    [InlineData(false)]
    public Task LanguageSwitch_English_LangAndTitleChange(bool javaScript) => RunAsync(async page =>
    {
        await page.GotoAsync("/");
        await Assertions.Expect(page.Page.Locator("html")).ToHaveAttributeAsync("lang", "id");
        await Assertions.Expect(page.Page).ToHaveTitleAsync("Daftar izin — Layanan Perizinan");

        await page.Page.Locator("a.lang-switch").ClickAsync();

        await page.ExpectAtAsync("/?lang=en");
        await Assertions.Expect(page.Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.Page).ToHaveTitleAsync("Permits — Permit Services");
        await Assertions.Expect(page.Page.Locator("h1")).ToHaveTextAsync("Permits");
    }, variant: javaScript ? "js" : "nojs", javaScript: javaScript);

    [SkippableFact]
    public Task LanguageSwitch_Remembered_NextPageEnglish() => RunAsync(async page =>
    {
        await page.GotoAsync("/?lang=en");

        await page.Page.Locator("a[href='/izin/izin-reklame']").ClickAsync();

        await page.ExpectAtAsync("/izin/izin-reklame");
        await Assertions.Expect(page.Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.Page.Locator("main a[href='/']")).ToHaveTextAsync("Back to all permits");
    });

    [SkippableTheory]
    [MemberData(nameof(CitizenPages.AllInBothLanguages), MemberType = typeof(CitizenPages))]
    public Task Page_Loaded_NoConsoleErrorsOrPolicyViolations(string path, string lang) => RunAsync(async page =>
    {
        await page.GotoAsync(CitizenPages.InLanguage(path, lang));
        await page.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        page.AssertNoProblems();
    }, CitizenPages.Variant(path, lang));
}
