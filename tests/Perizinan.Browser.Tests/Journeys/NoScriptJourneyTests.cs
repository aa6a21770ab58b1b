using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Perizinan.Browser.Tests.Support;

namespace Perizinan.Browser.Tests.Journeys;

/// <summary>
/// An anonymous citizen without JavaScript: notes the resume code, leaves, resumes in a fresh browser through
/// <c>/lanjutkan</c>, adds and removes rows and uploads a file by posting the page, submits, opens the status page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NoScriptJourneyTests(BrowserHost host) : BrowserTest(host)
{
    [SkippableFact]
    public async Task Anonymous_WithoutJavaScript_ResumeCodeRowsUploadSubmit()
    {
        var answers = Scenario.ReklameOneBoard();
        var code = "";
        var draftId = Guid.Empty;

        await RunAsync(async page =>
        {
            draftId = await BrowserFiller.StartAsync(page, "izin-reklame");
            code = (await page.Page.Locator(".resume .code").InnerTextAsync()).Trim();
            Assert.NotEmpty(code);
            while (!BrowserFiller.IsAt(page.Page, "reklame"))
            {
                await BrowserFiller.FillPageAsync(page, answers);
            }

            page.AssertNoProblems();
        }, "before-leaving", javaScript: false);

        await RunAsync(async page =>
        {
            var p = page.Page;
            await page.GotoAsync("/lanjutkan");
            await p.Locator("#kode").FillAsync(code);
            await BrowserFiller.ClickAndLoadAsync(page, p.Locator("main form button[type=submit]"));
            await Assertions.Expect(p).ToHaveURLAsync(new Regex($"/permohonan/{draftId}"));
            await page.GotoAsync($"/permohonan/{draftId}/pemohon");
            await Assertions.Expect(p.Locator("input[name='pemohon.nama']")).ToHaveValueAsync(answers.GetProperty("pemohon").GetProperty("nama").GetString()!);

            // Rows are added and removed by posting the page.
            await page.GotoAsync($"/permohonan/{draftId}/reklame");
            var rows = p.Locator("[data-repeat='papan'] .repeat-row");
            var before = await rows.CountAsync();
            await BrowserFiller.ClickAndLoadAsync(page, p.Locator("button[value='tambah:papan']"));
            await Assertions.Expect(rows).ToHaveCountAsync(before + 1);
            await BrowserFiller.ClickAndLoadAsync(page, p.Locator($"button[value='hapus:papan[{before}]']"));
            await Assertions.Expect(rows).ToHaveCountAsync(before);
            while (!BrowserFiller.IsAt(p, "berkas"))
            {
                await BrowserFiller.FillPageAsync(page, answers);
            }

            // A file is uploaded by posting the page ("Simpan").
            await p.Locator("input[name='berkas:dokumen.formulir']").SetInputFilesAsync(BrowserFiller.FileFor("application/pdf"));
            await BrowserFiller.ClickAndLoadAsync(page, p.Locator("form[data-draft] .actions button[value='simpan']"));
            await Assertions.Expect(p.Locator("[data-field='dokumen.formulir'] .file-current")).ToContainTextAsync("berkas.pdf");

            await BrowserFiller.FillAsync(page, answers);
            var number = await BrowserFiller.SubmitAsync(page);
            await BrowserFiller.ClickAndLoadAsync(page, p.Locator($"a[href='/status/{number}']"));
            await page.ExpectAtAsync($"/status/{number}");
            await Assertions.Expect(p.Locator("main")).ToContainTextAsync(number);

            page.AssertNoProblems();
        }, "after-leaving", javaScript: false);
    }
}
