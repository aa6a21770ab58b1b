using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Perizinan.Browser.Tests.Support;

/// <summary>Signing in through the pages, as a citizen (NIK and a one-time code) or as the run's officer.</summary>
public static partial class SignIn
{
    private static int _next;

    /// <summary>A well-formed NIK (Kab. Bogor, born 1 January 1990) that no other browser test uses.</summary>
    public static string NewNik() => $"320101010190{7000 + Interlocked.Increment(ref _next):D4}";

    /// <summary>
    /// Signs a citizen in on <c>/masuk</c>: asks for a code for <paramref name="contact"/>, reads it from the dev
    /// mailbox page in a second tab of the same browser, and enters it. Ends on the page the sign-in sends to.
    /// </summary>
    public static async Task CitizenAsync(BrowserPage page, string nik, string contact)
    {
        await page.GotoAsync("/masuk");
        await page.Page.Locator("#nik").FillAsync(nik);
        await page.Page.Locator("#contact").FillAsync(contact);
        await BrowserFiller.ClickAndLoadAsync(page, page.Page.Locator("main form button[type=submit]"));
        await page.ExpectAtAsync("/masuk/kode");

        var mailbox = await page.Context.NewPageAsync();
        await mailbox.GotoAsync(page.Url("/dev/kotak-surat").ToString());
        var mail = mailbox.Locator(".dev-mail").Filter(new LocatorFilterOptions { Has = mailbox.Locator(".dev-mail-to", new PageLocatorOptions { HasTextString = contact }) }).First;
        var code = CodePattern().Match(await mail.Locator(".dev-mail-body").InnerTextAsync()).Value;
        await mailbox.CloseAsync();
        Assert.Matches(@"^\d{6}$", code);

        await page.Page.Locator("#code").FillAsync(code);
        await BrowserFiller.ClickAndLoadAsync(page, page.Page.Locator("main form button[type=submit]"));
        await Assertions.Expect(page.Page).Not.ToHaveURLAsync(new Regex("/masuk"));
    }

    /// <summary>Signs the run's officer in on <c>/petugas/masuk</c>; ends on the officer desk.</summary>
    public static async Task OfficerAsync(BrowserPage page)
    {
        await page.GotoAsync("/petugas/masuk");
        await page.Page.Locator("#userName").FillAsync(BrowserHost.OfficerName);
        await page.Page.Locator("#password").FillAsync(BrowserHost.OfficerPassword);
        await BrowserFiller.ClickAndLoadAsync(page, page.Page.Locator("main form button[type=submit]"));
        await page.ExpectAtAsync("/petugas");
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex CodePattern();
}
