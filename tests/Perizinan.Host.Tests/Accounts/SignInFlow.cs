using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Perizinan.Host.Accounts;

namespace Perizinan.Host.Tests.Accounts;

/// <summary>The steps of signing in, shared by the tests.</summary>
public static partial class SignInFlow
{
    private static int _next;

    /// <summary>A well-formed NIK no other test uses (the services keep limits per NIK).</summary>
    public static string NewNik() => $"320101010190{Interlocked.Increment(ref _next):D4}";

    /// <summary>Asks for a code on <c>/masuk</c> and returns the response to the post.</summary>
    public static async Task<HttpResponseMessage> RequestCodeAsync(Browser browser, string nik, string contact = "warga@contoh.go.id", string url = "/masuk")
    {
        await browser.GetAsync(url);
        return await browser.PostAsync(url, ("nik", nik), ("contact", contact));
    }

    /// <summary>The code in the newest dev-mailbox message to <paramref name="contact"/>.</summary>
    public static string LastCode(AccountsHostFactory host, string contact = "warga@contoh.go.id")
    {
        var mail = host.Services.GetRequiredService<DevMailbox>().Mails.First(m => m.To.Value == contact);
        return CodePattern().Match(mail.Message.Body).Value;
    }

    /// <summary>A wrong code: the right one plus one, modulo a million.</summary>
    public static string WrongCode(string code) => ((int.Parse(code, System.Globalization.CultureInfo.InvariantCulture) + 1) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Signs a citizen in all the way; returns the final redirect.</summary>
    public static async Task<HttpResponseMessage> SignInCitizenAsync(AccountsHostFactory host, Browser browser, string nik)
    {
        var requested = await RequestCodeAsync(browser, nik);
        Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);
        await browser.GetAsync("/masuk/kode");
        return await browser.PostAsync("/masuk/kode", ("code", LastCode(host)));
    }

    /// <summary>Signs a staff member in; returns the response to the post.</summary>
    public static async Task<HttpResponseMessage> SignInStaffAsync(Browser browser, string userName, string password)
    {
        await browser.GetAsync("/petugas/masuk");
        return await browser.PostAsync("/petugas/masuk", ("userName", userName), ("password", password));
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex CodePattern();
}
