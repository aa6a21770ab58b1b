using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Perizinan.Browser.Tests.Support;

namespace Perizinan.Browser.Tests.Journeys;

/// <summary>
/// A signed-in citizen applies for izin-reklame with JavaScript: live questions, background save, a second board,
/// an upload, leaving and coming back through "Permohonan saya", submitting and opening the status page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class CitizenJourneyTests(BrowserHost host) : BrowserTest(host)
{
    private const string Contact = "warga.reklame@contoh.go.id";

    [SkippableFact]
    public async Task Citizen_WithJavaScript_LiveQuestionsSaveLeaveResumeSubmit()
    {
        var answers = Scenario.ReklameTwoBoards();
        var nik = SignIn.NewNik();
        string? storage = null;
        var draftId = Guid.Empty;

        await RunAsync(async page =>
        {
            await SignIn.CitizenAsync(page, nik, Contact);
            draftId = await BrowserFiller.StartAsync(page, "izin-reklame");
            var p = page.Page;

            // Company questions appear and go with the applicant type, without the page being posted.
            await p.EvaluateAsync("() => { window.samaHalaman = true; }");
            var company = p.Locator("[data-field='perusahaan.nama']");
            await Assertions.Expect(company).ToHaveCountAsync(0);
            await p.Locator("input[name='pemohon.jenis'][value='badan_usaha']").CheckAsync();
            await Assertions.Expect(company).ToBeVisibleAsync();
            await Assertions.Expect(p.Locator("[data-field='perusahaan.npwp']")).ToBeVisibleAsync();
            await p.Locator("input[name='pemohon.jenis'][value='perorangan']").CheckAsync();
            await Assertions.Expect(company).ToHaveCountAsync(0);
            await p.Locator("input[name='pemohon.jenis'][value='badan_usaha']").CheckAsync();
            await Assertions.Expect(company).ToBeVisibleAsync();
            Assert.True(await p.EvaluateAsync<bool>("() => window.samaHalaman === true"), "the page was reloaded");

            // Typing saves in the background (the line still says "Tersimpan" from choosing the type: blank it first).
            await page.WaitForQuietAsync();
            await p.EvaluateAsync("() => { document.getElementById('status-simpan').textContent = ''; }");
            await p.Locator("input[name='pemohon.nama']").PressSequentiallyAsync("Sri Wahyuni");
            await Assertions.Expect(p.Locator("#status-simpan")).ToHaveTextAsync("Tersimpan");
            while (!BrowserFiller.IsAt(p, "reklame"))
            {
                // Shown again while the proxy's questions appear after the post: answered on the next round.
                await BrowserFiller.FillPageAsync(page, answers);
            }


            // A second board with the Add button.
            var rows = p.Locator("[data-repeat='papan'] .repeat-row");
            var before = await rows.CountAsync();
            await BrowserFiller.ClickAndLoadAsync(page, p.Locator("button[value='tambah:papan']"));
            await Assertions.Expect(rows).ToHaveCountAsync(before + 1);
            while (BrowserFiller.IsAt(p, "reklame"))
            {
                await BrowserFiller.FillPageAsync(page, answers);
            }

            // An upload, listed once it is stored.
            await Assertions.Expect(p).ToHaveURLAsync(new Regex("/berkas(#.*)?$"));
            await p.Locator("input[name='berkas:dokumen.formulir']").SetInputFilesAsync(BrowserFiller.FileFor("application/pdf"));
            await Assertions.Expect(p.Locator("[data-field='dokumen.formulir'] .file-current")).ToContainTextAsync("berkas.pdf");
            await page.WaitForQuietAsync();

            page.AssertNoProblems();
            storage = await page.Context.StorageStateAsync();
        }, "before-leaving");

        await using var back = await Host.NewPageAsync(storageState: storage);
        try
        {
            var p = back.Page;
            await back.GotoAsync("/permohonan-saya");
            await BrowserFiller.ClickAndLoadAsync(back, p.Locator($"a[href='/permohonan/{draftId}']"));
            await Assertions.Expect(p).ToHaveURLAsync(BrowserFiller.DraftPattern());

            await back.GotoAsync($"/permohonan/{draftId}/pemohon");
            await Assertions.Expect(p.Locator("input[name='pemohon.nama']")).ToHaveValueAsync("Sri Wahyuni");
            await Assertions.Expect(p.Locator("input[name='pemohon.jenis'][value='badan_usaha']")).ToBeCheckedAsync();
            await Assertions.Expect(p.Locator("input[name='perusahaan.nama']")).ToHaveValueAsync("PT Media Reklame Nusantara");
            await back.GotoAsync($"/permohonan/{draftId}/reklame");
            await Assertions.Expect(p.Locator("[data-repeat='papan'] .repeat-row")).ToHaveCountAsync(2);
            await back.GotoAsync($"/permohonan/{draftId}/berkas");
            await Assertions.Expect(p.Locator("[data-field='dokumen.formulir'] .file-current")).ToContainTextAsync("berkas.pdf");

            await BrowserFiller.FillAsync(back, answers);
            var number = await BrowserFiller.SubmitAsync(back);
            await BrowserFiller.ClickAndLoadAsync(back, p.Locator($"a[href='/status/{number}']"));
            await back.ExpectAtAsync($"/status/{number}");
            await Assertions.Expect(p.Locator("main")).ToContainTextAsync(number);

            back.AssertNoProblems();
        }
        catch
        {
            await back.SaveArtifactsAsync(ArtifactsFolder, nameof(CitizenJourneyTests) + ".after-leaving");
            throw;
        }
    }
}
