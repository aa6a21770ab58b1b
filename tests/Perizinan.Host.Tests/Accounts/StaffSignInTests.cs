using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Perizinan.Host.Accounts;
using Perizinan.Storage;

namespace Perizinan.Host.Tests.Accounts;

/// <summary>Staff sign-in with a password, the officer desk and assisted filling, over HTTP.</summary>
public sealed class StaffSignInTests(AccountsHostFactory host) : IClassFixture<AccountsHostFactory>
{
    private readonly Browser _browser = new(host);

    [Fact]
    public async Task Desk_Anonymous_SentToStaffSignInAndBack()
    {
        var anonymous = await _browser.GetAsync("/petugas");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal("/petugas/masuk?returnUrl=%2Fpetugas", anonymous.Headers.Location?.OriginalString);

        await _browser.GetAsync("/petugas/masuk?returnUrl=%2Fpetugas");
        var signedIn = await _browser.PostAsync("/petugas/masuk?returnUrl=%2Fpetugas", ("userName", AccountsHostFactory.OfficerName), ("password", AccountsHostFactory.OfficerPassword), ("returnUrl", "/petugas"));

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/petugas", signedIn.Headers.Location?.OriginalString);
        var desk = await _browser.GetAsync("/petugas");
        Assert.Equal(HttpStatusCode.OK, desk.StatusCode);
        Assert.Contains("Loket petugas", _browser.Html, StringComparison.Ordinal);
        Assert.Contains("Siti Rahayu", _browser.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"/izin/izin-keramaian\"", _browser.Html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"izin-reklame\">", _browser.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_AdminRole_OpensDesk()
    {
        Assert.Equal(HttpStatusCode.Redirect, (await SignInFlow.SignInStaffAsync(_browser, AccountsHostFactory.AdminName.ToUpperInvariant(), AccountsHostFactory.AdminPassword)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await _browser.GetAsync("/petugas")).StatusCode);
        Assert.Contains("Budi Santoso", _browser.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_WrongPassword_ErrorAndNotSignedIn()
    {
        var response = await SignInFlow.SignInStaffAsync(_browser, AccountsHostFactory.AdminName, "salah");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nama pengguna atau kata sandi salah", _browser.Html, StringComparison.Ordinal);
        Assert.Contains("class=\"error-summary\"", _browser.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("salah\"", _browser.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await _browser.GetAsync("/petugas")).StatusCode);
    }

    [Fact]
    public async Task Staff_EmptyFields_BothNamed()
    {
        await _browser.GetAsync("/petugas/masuk");
        await _browser.PostAsync("/petugas/masuk", ("userName", " "), ("password", ""));

        Assert.Contains("<a href=\"#userName\">Masukkan nama pengguna</a>", _browser.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#password\">Masukkan kata sandi</a>", _browser.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_FiveWrongPasswords_LockedEvenWithTheRightOne()
    {
        // An unknown name is treated alike (and locked alike), so names cannot be probed.
        foreach (var name in new[] { AccountsHostFactory.OfficerName + "-tidak-ada", AccountsHostFactory.OfficerName })
        {
            for (var i = 0; i < 4; i++)
            {
                await SignInFlow.SignInStaffAsync(_browser, name, "salah-" + i);
                Assert.Contains("Nama pengguna atau kata sandi salah", _browser.Html, StringComparison.Ordinal);
            }

            await SignInFlow.SignInStaffAsync(_browser, name, "salah-5");
            Assert.Contains("Akun ini terkunci selama 15 menit", _browser.Html, StringComparison.Ordinal);
        }

        var right = await SignInFlow.SignInStaffAsync(_browser, AccountsHostFactory.OfficerName, AccountsHostFactory.OfficerPassword);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("Akun ini terkunci", _browser.Html, StringComparison.Ordinal);

        host.Time.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(HttpStatusCode.Redirect, (await SignInFlow.SignInStaffAsync(_browser, AccountsHostFactory.OfficerName, AccountsHostFactory.OfficerPassword)).StatusCode);
    }

    [Fact]
    public async Task Desk_Citizen_Forbidden()
    {
        Assert.Equal(HttpStatusCode.Redirect, (await SignInFlow.SignInCitizenAsync(host, _browser, SignInFlow.NewNik())).StatusCode);

        var response = await _browser.GetAsync("/petugas");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/akses-ditolak", response.Headers.Location!.IsAbsoluteUri ? response.Headers.Location.PathAndQuery : response.Headers.Location.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assisted_Start_DraftOwnedByCitizenWithAuditEntry()
    {
        var nik = SignInFlow.NewNik();
        await SignInFlow.SignInStaffAsync(_browser, AccountsHostFactory.AdminName, AccountsHostFactory.AdminPassword);
        await _browser.GetAsync("/petugas");

        var response = await _browser.PostAsync("/petugas", ("nik", nik[..4] + " " + nik[4..]), ("formId", "izin-keramaian"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/permohonan/", location, StringComparison.Ordinal);
        var draftId = Guid.Parse(location["/permohonan/".Length..]);
        var storage = host.Services.GetRequiredService<ITenantStorage>();
        var draft = await storage.Drafts.GetAsync(draftId);
        Assert.NotNull(draft);
        Assert.Equal(nik, draft.Owner);
        Assert.Equal("izin-keramaian", draft.FormId);
        Assert.Null(draft.ResumeCode);

        var audit = (await storage.Audit.ListAsync()).Single(e => e.Action == "draft.assisted" && e.Subject == draftId.ToString());
        using var detail = JsonDocument.Parse(audit.DetailJson);
        Assert.Equal(AccountsHostFactory.AdminName, detail.RootElement.GetProperty("officer").GetString());
        Assert.Equal(nik, detail.RootElement.GetProperty("nik").GetString());
        Assert.True((await storage.Audit.VerifyAsync()).Intact);
    }

    [Fact]
    public async Task Assisted_InvalidNikAndNoForm_InlineErrorsNoDraft()
    {
        await SignInFlow.SignInStaffAsync(_browser, AccountsHostFactory.AdminName, AccountsHostFactory.AdminPassword);
        await _browser.GetAsync("/petugas");

        var response = await _browser.PostAsync("/petugas", ("nik", "3201"), ("formId", ""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<a href=\"#nik\">NIK harus 16 angka</a>", _browser.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#formId\">Pilih izin yang dimohon</a>", _browser.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assisted_UnknownForm_ErrorOnPermit()
    {
        await SignInFlow.SignInStaffAsync(_browser, AccountsHostFactory.AdminName, AccountsHostFactory.AdminPassword);
        await _browser.GetAsync("/petugas");

        await _browser.PostAsync("/petugas", ("nik", SignInFlow.NewNik()), ("formId", "izin-tidak-ada"));

        Assert.Contains("Izin ini tidak tersedia lagi", _browser.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordSubmission_AuditEntryNamesOfficerAndNik()
    {
        var assisted = host.Services.GetRequiredService<AssistedApplications>();
        var storage = host.Services.GetRequiredService<ITenantStorage>();

        await assisted.RecordSubmissionAsync("siti", "3201010101900001", "REG-TEST-0001");

        var entry = (await storage.Audit.ListAsync()).Single(e => e.Action == "submission.assisted" && e.Subject == "REG-TEST-0001");
        Assert.Contains("\"officer\":\"siti\"", entry.DetailJson, StringComparison.Ordinal);
        Assert.Contains("\"nik\":\"3201010101900001\"", entry.DetailJson, StringComparison.Ordinal);
    }
}
