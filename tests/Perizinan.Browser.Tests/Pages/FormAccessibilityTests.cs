using Microsoft.Playwright;
using Perizinan.Browser.Tests.Support;
using Perizinan.Host.Tests.Support;

namespace Perizinan.Browser.Tests.Pages;

/// <summary>
/// axe-core on every page a citizen or an officer meets beyond the catalog: each page of each sample (walked with a
/// complete scenario), its review, confirmation and status pages; the account pages; error summaries.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FormAccessibilityTests(BrowserHost host) : BrowserTest(host)
{
    /// <summary>Set to 1 to walk every sample; otherwise only izin-reklame (every widget kind, rows, files, computed values).</summary>
    public const string AllSamplesVariable = "PERIZINAN_SAMPLES_AXE";

    /// <summary>
    /// A complete scenario of each sample, in Indonesian (a walk costs 15-25 s on a 2-core machine, so the six others
    /// run with <see cref="AllSamplesVariable"/>=1 and keep the default run under four minutes; English is checked on
    /// the permit, error-summary and account pages, which share every template with the walk).
    /// </summary>
    public static TheoryData<string, string, string> Walks
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var formId in BrowserHost.CitizenForms)
            {
                data.Add(formId, FirstComplete(formId), "id");
            }

            return data;
        }
    }

    /// <summary>Pages anyone can open (an unknown number answers 404, the refusal 403: still pages).</summary>
    public static readonly IReadOnlyList<string> OpenPages =
        ["/masuk", "/petugas/masuk", "/lanjutkan", "/permohonan-saya", "/status", "/status?cari=REK-2026-999999", "/akses-ditolak"];

    [SkippableTheory]
    [MemberData(nameof(Walks))]
    public Task Sample_EveryPageReviewConfirmationStatus_Accessible(string formId, string scenario, string lang)
    {
        Skip.If(
            formId != "izin-reklame" && Environment.GetEnvironmentVariable(AllSamplesVariable) != "1",
            $"set {AllSamplesVariable}=1 to walk every sample with axe");
        return WalkAsync(formId, scenario, lang);
    }

    private Task WalkAsync(string formId, string scenario, string lang) => RunAsync(async page =>
    {
        if (lang == "en")
        {
            await page.GotoAsync("/?lang=en");
        }

        await BrowserFiller.StartAsync(page, formId);
        await BrowserFiller.FillAsync(page, Samples.ScenarioAnswers(formId, scenario), () => Accessibility.AssertAccessibleAsync(page.Page));
        await Accessibility.AssertAccessibleAsync(page.Page);

        var number = await BrowserFiller.SubmitAsync(page);

        // The confirmation and status pages show only the permit's title and number: one sample checks them.
        if (formId == "izin-reklame")
        {
            await Accessibility.AssertAccessibleAsync(page.Page);
            await page.GotoAsync("/status/" + number);
            await Accessibility.AssertAccessibleAsync(page.Page);
        }
    }, formId + "." + lang, test: nameof(Sample_EveryPageReviewConfirmationStatus_Accessible));

    [SkippableTheory]
    [InlineData("id")]
    [InlineData("en")]
    public Task OpenPages_Accessible(string lang) => RunAsync(async page =>
    {
        await page.GotoAsync("/?lang=" + lang);
        foreach (var path in OpenPages)
        {
            var response = await page.Page.GotoAsync(page.Url(path).ToString());
            Assert.NotNull(response);
            Assert.True(response.Status < 500, $"{path}: {response.Status}");
            await Assertions.Expect(page.Page.Locator("html")).ToHaveAttributeAsync("lang", lang);

            await Accessibility.AssertAccessibleAsync(page.Page);
        }
    }, lang);

    [SkippableFact]
    public Task CodePageAndMyApplications_SignedIn_Accessible() => RunAsync(async page =>
    {
        await page.GotoAsync("/masuk");
        await page.Page.Locator("#nik").FillAsync("123");
        await BrowserFiller.ClickAndLoadAsync(page, page.Page.Locator("main form button[type=submit]"));
        await Assertions.Expect(page.Page.Locator(".error-summary")).ToBeVisibleAsync();
        await Accessibility.AssertAccessibleAsync(page.Page);

        await page.GotoAsync("/masuk");
        await page.Page.Locator("#nik").FillAsync(SignIn.NewNik());
        await page.Page.Locator("#contact").FillAsync("warga.axe@contoh.go.id");
        await BrowserFiller.ClickAndLoadAsync(page, page.Page.Locator("main form button[type=submit]"));
        await page.ExpectAtAsync("/masuk/kode");
        await Accessibility.AssertAccessibleAsync(page.Page);

        await SignIn.CitizenAsync(page, SignIn.NewNik(), "warga.axe2@contoh.go.id");
        await page.GotoAsync("/permohonan-saya");
        await Accessibility.AssertAccessibleAsync(page.Page);
        await BrowserFiller.StartAsync(page, "izin-keramaian");
        await page.GotoAsync("/permohonan-saya?lang=en");
        await Accessibility.AssertAccessibleAsync(page.Page);
    });

    [SkippableFact]
    public Task OfficerDesk_Accessible() => RunAsync(async page =>
    {
        await SignIn.OfficerAsync(page);
        await Accessibility.AssertAccessibleAsync(page.Page);

        await page.Page.Locator("#nik").FillAsync("3201");
        await BrowserFiller.ClickAndLoadAsync(page, page.Page.Locator("main form button[type=submit]"));
        await Assertions.Expect(page.Page.Locator(".error-summary")).ToBeVisibleAsync();
        await Accessibility.AssertAccessibleAsync(page.Page);
    });

    [SkippableTheory]
    [InlineData("id")]
    [InlineData("en")]
    public Task FormPage_ErrorSummary_Accessible(string lang) => RunAsync(async page =>
    {
        await page.GotoAsync("/?lang=" + lang);
        await BrowserFiller.StartAsync(page, "izin-reklame");

        await BrowserFiller.ClickAndLoadAsync(page, page.Page.Locator("form[data-draft] .actions button[value='lanjut']"));

        await Assertions.Expect(page.Page.Locator(".error-summary")).ToBeVisibleAsync();
        await Accessibility.AssertAccessibleAsync(page.Page);
        await page.GotoAsync("/lanjutkan");
        await page.Page.Locator("#kode").FillAsync("TIDAK-ADA");
        await BrowserFiller.ClickAndLoadAsync(page, page.Page.Locator("main form button[type=submit]"));
        await Assertions.Expect(page.Page.Locator(".error-summary")).ToBeVisibleAsync();
        await Accessibility.AssertAccessibleAsync(page.Page);
    }, lang);

    private static string FirstComplete(string formId) =>
        Directory.EnumerateFiles(Path.Combine(Samples.Folder, formId, "1.0.0", "scenarios"), "*.json").Order(StringComparer.Ordinal)
            .Select(Path.GetFileName)
            .First(f => System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Samples.Folder, formId, "1.0.0", "scenarios", f!)))
                .RootElement.GetProperty("expect").TryGetProperty("complete", out var c) && c.GetBoolean())!;
}
