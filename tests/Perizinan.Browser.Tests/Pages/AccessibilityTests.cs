using Perizinan.Browser.Tests.Support;

namespace Perizinan.Browser.Tests.Pages;

/// <summary>axe-core finds no serious or critical WCAG 2.0/2.1 A/AA violation on the citizen pages.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserHost host) : BrowserTest(host)
{
    [SkippableTheory]
    [MemberData(nameof(CitizenPages.AllInBothLanguages), MemberType = typeof(CitizenPages))]
    public Task Page_Axe_NoSeriousViolations(string path, string lang) => RunAsync(async page =>
    {
        await page.GotoAsync(CitizenPages.InLanguage(path, lang));

        await Accessibility.AssertAccessibleAsync(page.Page);
    }, CitizenPages.Variant(path, lang));
}
