using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Perizinan.Browser.Tests.Support;
using Perizinan.Storage;

namespace Perizinan.Browser.Tests.Journeys;

/// <summary>An officer at the desk applies for a walk-in citizen: the application is the citizen's, the audit log names the officer.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AssistedJourneyTests(BrowserHost host) : BrowserTest(host)
{
    [SkippableFact]
    public Task Officer_StartsForCitizenNik_SubmissionOwnedByCitizenAndAudited() => RunAsync(async page =>
    {
        var nik = SignIn.NewNik();
        var p = page.Page;
        await SignIn.OfficerAsync(page);
        await Assertions.Expect(p.Locator("header")).ToContainTextAsync(BrowserHost.OfficerDisplayName);

        await p.Locator("#nik").FillAsync(nik);
        await p.Locator("#formId").SelectOptionAsync("izin-keramaian");
        await BrowserFiller.ClickAndLoadAsync(page, p.Locator("main form button[type=submit]"));
        await Assertions.Expect(p).ToHaveURLAsync(BrowserFiller.DraftPattern());
        var draftId = BrowserFiller.DraftId(p.Url);
        await BrowserFiller.FillAsync(page, Scenario.Keramaian());
        await Assertions.Expect(p.Locator("main .notice")).ToContainTextAsync(nik);
        var number = await BrowserFiller.SubmitAsync(page);

        var storage = Host.Services.GetRequiredService<ITenantStorage>();
        var submission = await storage.Submissions.GetByRegistrationNumberAsync(number);
        Assert.NotNull(submission);
        Assert.Equal(draftId, submission.DraftId);
        Assert.Equal(nik, submission.Owner);
        Assert.Equal(nik, (await storage.Drafts.GetAsync(draftId))!.Owner);
        var audit = await storage.Audit.ListAsync();
        AssertNamesOfficer(audit.Single(e => e.Action == "draft.assisted" && e.Subject == draftId.ToString()).DetailJson, nik);
        AssertNamesOfficer(audit.Single(e => e.Action == "submission.assisted" && e.Subject == number).DetailJson, nik);
        page.AssertNoProblems();
    });

    private static void AssertNamesOfficer(string detailJson, string nik)
    {
        using var detail = JsonDocument.Parse(detailJson);
        Assert.Equal(BrowserHost.OfficerName, detail.RootElement.GetProperty("officer").GetString());
        Assert.Equal(nik, detail.RootElement.GetProperty("nik").GetString());
    }
}
