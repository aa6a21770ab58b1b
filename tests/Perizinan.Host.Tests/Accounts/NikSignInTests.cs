using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Perizinan.Host.Accounts;

namespace Perizinan.Host.Tests.Accounts;

/// <summary>Signing in by NIK and a one-time code, over HTTP as a browser without JavaScript does it.</summary>
public sealed class NikSignInTests(AccountsHostFactory host) : IClassFixture<AccountsHostFactory>
{
    private readonly Browser _browser = new(host);

    private DevMailbox Mailbox => host.Services.GetRequiredService<DevMailbox>();

    [Fact]
    public async Task SignIn_NikAndCode_SignedInWithMaskedNikInHeader()
    {
        var nik = SignInFlow.NewNik();

        var anonymous = await _browser.GetAsync("/");
        Assert.Contains("href=\"/masuk\"", _browser.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);

        var requested = await SignInFlow.RequestCodeAsync(_browser, nik);
        Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);
        Assert.Equal("/masuk/kode", requested.Headers.Location?.OriginalString);

        await _browser.GetAsync("/masuk/kode");
        Assert.Contains("wa***@contoh.go.id", _browser.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(nik, _browser.Html, StringComparison.Ordinal);

        var signedIn = await _browser.PostAsync("/masuk/kode", ("code", SignInFlow.LastCode(host)));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/permohonan-saya", signedIn.Headers.Location?.OriginalString);

        await _browser.GetAsync("/");
        Assert.Contains(NikFormat.Mask(nik), _browser.Html, StringComparison.Ordinal);
        Assert.Contains("3201********", _browser.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(nik, _browser.Html, StringComparison.Ordinal);
        Assert.Contains("Keluar", _browser.Html, StringComparison.Ordinal);

        // Signed in (not sent to sign in), but a citizen is not an officer.
        var desk = await _browser.GetAsync("/petugas");
        Assert.Equal(HttpStatusCode.Redirect, desk.StatusCode);
        Assert.StartsWith("/akses-ditolak", desk.Headers.Location?.PathAndQueryOrOriginal(), StringComparison.Ordinal);
        var denied = await _browser.GetAsync("/akses-ditolak");
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);

        await _browser.GetAsync("/");
        var signedOut = await _browser.PostAsync("/keluar");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        await _browser.GetAsync("/");
        Assert.Contains("href=\"/masuk\"", _browser.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(NikFormat.Mask(nik), _browser.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_Cookies_HttpOnlyAndLax()
    {
        var nik = SignInFlow.NewNik();
        await SignInFlow.RequestCodeAsync(_browser, nik);
        await _browser.GetAsync("/masuk/kode");
        var code = SignInFlow.LastCode(host);

        var response = await _browser.PostAsync("/masuk/kode", ("code", code));

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("perizinan.masuk=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task DevMailbox_Page_ShowsCodeUnderDevelopmentOnlyBanner()
    {
        var nik = SignInFlow.NewNik();
        await SignInFlow.RequestCodeAsync(_browser, nik, "0812-3456-7890");

        var page = await _browser.GetAsync("/dev/kotak-surat");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Hanya untuk pengembangan", _browser.Html, StringComparison.Ordinal);
        Assert.Contains("6281234567890", _browser.Html, StringComparison.Ordinal);
        Assert.Contains(SignInFlow.LastCode(host, "+6281234567890"), _browser.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Code_AfterLifetime_ExpiredAndRefused()
    {
        await SignInFlow.RequestCodeAsync(_browser, SignInFlow.NewNik());
        await _browser.GetAsync("/masuk/kode");
        var code = SignInFlow.LastCode(host);

        host.Time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        var response = await _browser.PostAsync("/masuk/kode", ("code", code));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kode sudah kedaluwarsa", _browser.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("perizinan.masuk", string.Join(",", _browser.Cookies.Keys), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Code_UsedTwice_SecondRefused()
    {
        await SignInFlow.RequestCodeAsync(_browser, SignInFlow.NewNik());
        await _browser.GetAsync("/masuk/kode");
        var pending = _browser.Snapshot();
        var token = Browser.TokenOf(_browser.Html);
        var code = SignInFlow.LastCode(host);
        Assert.Equal(HttpStatusCode.Redirect, (await _browser.PostAsync("/masuk/kode", ("code", code))).StatusCode);

        // The same browser state as before the first use (someone who saw the code and kept the cookie).
        _browser.Restore(pending);
        var replay = await _browser.PostAsync("/masuk/kode", [new("code", code)], token);

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Contains("Kode ini tidak berlaku lagi", _browser.Html, StringComparison.Ordinal);
        Assert.False(_browser.Cookies.ContainsKey("perizinan.masuk"));
    }

    [Fact]
    public async Task Code_WrongFiveTimes_VoidEvenForTheRightCode()
    {
        await SignInFlow.RequestCodeAsync(_browser, SignInFlow.NewNik());
        await _browser.GetAsync("/masuk/kode");
        var code = SignInFlow.LastCode(host);
        var wrong = SignInFlow.WrongCode(code);

        for (var left = 4; left >= 1; left--)
        {
            await _browser.PostAsync("/masuk/kode", ("code", wrong));
            Assert.Contains($"Kode salah. Sisa {left} kali percobaan", _browser.Html, StringComparison.Ordinal);
        }

        await _browser.PostAsync("/masuk/kode", ("code", wrong));
        Assert.Contains("tidak berlaku lagi. Minta kode baru", _browser.Html, StringComparison.Ordinal);

        var right = await _browser.PostAsync("/masuk/kode", ("code", code));
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("Kode ini tidak berlaku lagi", _browser.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Code_RepeatedFailures_NikLockedOutWithMessage()
    {
        var nik = SignInFlow.NewNik();
        for (var round = 0; round < 2; round++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await SignInFlow.RequestCodeAsync(_browser, nik)).StatusCode);
            await _browser.GetAsync("/masuk/kode");
            var wrong = SignInFlow.WrongCode(SignInFlow.LastCode(host));
            for (var i = 0; i < 5; i++)
            {
                await _browser.PostAsync("/masuk/kode", ("code", wrong));
            }
        }

        Assert.Contains("NIK ini tidak dapat masuk selama 15 menit", _browser.Html, StringComparison.Ordinal);

        var sent = Mailbox.Mails.Count;
        var again = await SignInFlow.RequestCodeAsync(_browser, nik);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("NIK ini tidak dapat masuk selama 15 menit", _browser.Html, StringComparison.Ordinal);
        Assert.Equal(sent, Mailbox.Mails.Count);

        // After the lock-out the NIK may try again.
        host.Time.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(HttpStatusCode.Redirect, (await SignInFlow.RequestCodeAsync(_browser, nik)).StatusCode);
    }

    [Fact]
    public async Task Request_FourthCodeWithinWindow_TooManyRequests()
    {
        var nik = SignInFlow.NewNik();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await SignInFlow.RequestCodeAsync(_browser, nik)).StatusCode);
        }

        var fourth = await SignInFlow.RequestCodeAsync(_browser, nik);

        Assert.Equal(HttpStatusCode.OK, fourth.StatusCode);
        Assert.Contains("Terlalu banyak permintaan kode", _browser.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1234", "NIK harus 16 angka")]
    [InlineData("", "Masukkan NIK")]
    [InlineData("0101010101900001", "kode provinsi")]
    [InlineData("3201010113900001", "tanggal lahir")]
    [InlineData("3201013201900001", "tanggal lahir")]
    public async Task SignIn_InvalidNik_InlineErrorAndSummaryNothingSent(string nik, string message)
    {
        var sent = Mailbox.Mails.Count;

        var response = await SignInFlow.RequestCodeAsync(_browser, nik);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Galat: ", _browser.Html, StringComparison.Ordinal);
        Assert.Contains("class=\"error-summary\"", _browser.Html, StringComparison.Ordinal);
        Assert.Contains("Ada masalah", _browser.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#nik\">", _browser.Html, StringComparison.Ordinal);
        Assert.Contains("id=\"nik-error\"", _browser.Html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"nik-hint nik-error\"", _browser.Html, StringComparison.Ordinal);
        Assert.Contains(message, _browser.Html, StringComparison.Ordinal);
        Assert.Equal(sent, Mailbox.Mails.Count);
    }

    [Fact]
    public async Task SignIn_InvalidNikInEnglish_EnglishMessages()
    {
        await _browser.GetAsync("/masuk?lang=en");
        await _browser.PostAsync("/masuk", ("nik", "12"), ("contact", "bukan kontak"));

        Assert.Contains("There is a problem", _browser.Html, StringComparison.Ordinal);
        Assert.Contains("The NIK must be 16 digits", _browser.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#contact\">", _browser.Html, StringComparison.Ordinal);
        await _browser.GetAsync("/?lang=id");
    }

    [Theory]
    [InlineData("")]
    [InlineData("CfDJ8-forged-token")]
    public async Task SignIn_MissingOrForgedAntiforgeryToken_BadRequestNothingSent(string token)
    {
        var sent = Mailbox.Mails.Count;
        await _browser.GetAsync("/masuk");

        var response = await _browser.PostAsync("/masuk", [new("nik", SignInFlow.NewNik()), new("contact", "warga@contoh.go.id")], token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(sent, Mailbox.Mails.Count);
    }

    [Fact]
    public async Task SignIn_ReturnUrlOfAnotherSite_Ignored()
    {
        await SignInFlow.RequestCodeAsync(_browser, SignInFlow.NewNik(), url: "/masuk?returnUrl=https%3A%2F%2Fevil.example%2F");
        await _browser.GetAsync("/masuk/kode");

        var response = await _browser.PostAsync("/masuk/kode", ("code", SignInFlow.LastCode(host)));

        Assert.Equal("/permohonan-saya", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    public async Task SignIn_ProtocolRelativeReturnUrl_Ignored(string returnUrl)
    {
        await SignInFlow.RequestCodeAsync(_browser, SignInFlow.NewNik(), url: "/masuk?returnUrl=" + Uri.EscapeDataString(returnUrl));
        await _browser.GetAsync("/masuk/kode");

        var response = await _browser.PostAsync("/masuk/kode", ("code", SignInFlow.LastCode(host)));

        Assert.Equal("/permohonan-saya", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SignIn_LocalReturnUrl_Followed()
    {
        await SignInFlow.RequestCodeAsync(_browser, SignInFlow.NewNik(), url: "/masuk?returnUrl=%2Fizin%2Fizin-reklame");
        await _browser.GetAsync("/masuk/kode");

        var response = await _browser.PostAsync("/masuk/kode", ("code", SignInFlow.LastCode(host)));

        Assert.Equal("/izin/izin-reklame", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task CodePage_WithoutPendingSignIn_BackToMasuk()
    {
        var response = await new Browser(host).GetAsync("/masuk/kode");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/masuk", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SignOut_Get_MethodNotAllowed()
    {
        var response = await _browser.GetAsync("/keluar");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}

internal static class UriExtensions
{
    public static string PathAndQueryOrOriginal(this Uri uri) => uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString;
}
