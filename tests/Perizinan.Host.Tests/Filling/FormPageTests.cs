using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Perizinan.Host.Tests.Support;
using Perizinan.Storage;
using Perizinan.Storage.Drafts;

namespace Perizinan.Host.Tests.Filling;

/// <summary>The form pages over real HTTP: errors, new questions, rows, uploads, background save, forged posts, access.</summary>
public sealed class FormPageTests(HostFactory factory) : IClassFixture<HostFactory>
{
    private async Task<(PageClient Client, string Url)> StartAsync(string formId = "izin-keramaian")
    {
        var client = new PageClient(factory);
        var first = await FormFiller.StartAsync(client, formId);
        Assert.Equal(HttpStatusCode.OK, await client.GetAsync(first));
        return (client, client.Url);
    }

    private static Guid DraftId(string url) => Guid.Parse(url.Split('/')[2]);

    private async Task<Draft> StoredAsync(string url)
    {
        using var scope = factory.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<ITenantStorage>().Drafts.GetAsync(DraftId(url)))!;
    }

    private static List<KeyValuePair<string, string>> Post(PageClient client, string action, params (string Path, string Value)[] answers)
    {
        var fields = new List<KeyValuePair<string, string>> { new("_rev", client.Values("_rev").Single()), new("aksi", action) };
        foreach (var (path, value) in answers)
        {
            fields.Add(new("_f", path));
            fields.Add(new(path, value));
        }

        return fields;
    }

    [Fact]
    public async Task FirstPage_ShowsOnlyVisibleQuestions_WithLabelsHelpAndExamples_AndNoErrorsYet()
    {
        var (client, _) = await StartAsync();

        Assert.Contains("for=\"f-penanggung_jawab-nik\"", client.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"penyelenggara.nib\"", client.Html, StringComparison.Ordinal); // shown only for a business
        Assert.Contains("Contoh:", client.Html, StringComparison.Ordinal);
        Assert.Contains("Langkah 1 dari", client.Html, StringComparison.Ordinal);
        Assert.Empty(client.ErrorSummary());
        Assert.NotNull((await StoredAsync(client.Url)).ResumeCode);
    }

    [Fact]
    public async Task Continue_WithMissingAndWrongAnswers_ShowsSummaryLinkingToFields_AndKeepsWhatWasTyped()
    {
        var (client, url) = await StartAsync();
        var shown = client.Values("_f");

        var fields = new List<KeyValuePair<string, string>> { new("_rev", client.Values("_rev").Single()), new("aksi", "lanjut") };
        fields.AddRange(shown.Select(p => new KeyValuePair<string, string>("_f", p)));
        fields.Add(new("penanggung_jawab.nik", "12345"));
        var (status, location) = await client.PostAsync(url, fields);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(location);
        Assert.StartsWith("<!DOCTYPE html>", client.Html.TrimStart(), StringComparison.Ordinal);
        Assert.Contains("<title>Galat: ", client.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"#f-penanggung_jawab-nik\"", client.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"12345\"", client.Html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", client.Html, StringComparison.Ordinal);
        var stored = await StoredAsync(url);
        Assert.Equal("12345", stored.Answers.GetProperty("penanggung_jawab").GetProperty("nik").GetString());
    }

    [Fact]
    public async Task Continue_WhenAnAnswerBringsNewQuestions_AsksThemBeforeMovingOn()
    {
        var (client, url) = await StartAsync();

        var (status, _) = await client.PostAsync(url, Post(client, "lanjut", ("penyelenggara.jenis", "badan_usaha")));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("name=\"penyelenggara.nib\"", client.Html, StringComparison.Ordinal);
        Assert.Contains("class=\"notice\"", client.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(client.ErrorSummary(), e => e.Contains("NIB", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Back_OnFirstPage_ReturnsToThePermit_AndSaves()
    {
        var (client, url) = await StartAsync();

        var (status, location) = await client.PostAsync(url, Post(client, "kembali", ("penanggung_jawab.nama", "Siti Aminah")));

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Equal("/izin/izin-keramaian", location);
        Assert.Equal("Siti Aminah", (await StoredAsync(url)).Answers.GetProperty("penanggung_jawab").GetProperty("nama").GetString());
    }

    [Fact]
    public async Task Save_ShowsTersimpan_AndTheResumeCodeOpensTheDraft()
    {
        var (client, url) = await StartAsync();
        var (_, location) = await client.PostAsync(url, Post(client, "simpan", ("penanggung_jawab.nama", "Siti")));
        Assert.Equal(HttpStatusCode.OK, await client.GetAsync(location!));
        Assert.Contains(">Tersimpan</p>", client.Html, StringComparison.Ordinal);

        var code = (await StoredAsync(url)).ResumeCode!;
        var other = new PageClient(factory);
        Assert.Equal(HttpStatusCode.OK, await other.GetAsync("/lanjutkan"));
        var (resumed, target) = await other.PostAsync("/lanjutkan", [new("Kode", code[..4] + "-" + code[4..].ToLowerInvariant())]);
        Assert.Equal(HttpStatusCode.Redirect, resumed);
        Assert.Equal($"/permohonan/{DraftId(url)}", target);

        Assert.Equal(HttpStatusCode.OK, await other.GetAsync("/lanjutkan"));
        var (wrong, _) = await other.PostAsync("/lanjutkan", [new("Kode", "ZZZZ-ZZZZ")]);
        Assert.Equal(HttpStatusCode.OK, wrong);
        Assert.Contains("Kode tidak ditemukan", client.Html + other.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaleRevision_SavesNothing_AndSaysSo()
    {
        var (client, url) = await StartAsync();
        var stale = Post(client, "lanjut", ("penanggung_jawab.nama", "Pertama"));
        var (_, _) = await client.PostAsync(url, Post(client, "simpan", ("penanggung_jawab.nama", "Kedua")));
        var before = await StoredAsync(url);

        var (status, _) = await client.PostAsync(url, stale, token: await TokenAsync(client, url));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("diubah di jendela lain", client.Html, StringComparison.Ordinal);
        var after = await StoredAsync(url);
        Assert.Equal(before.Revision, after.Revision);
        Assert.Equal("Kedua", after.Answers.GetProperty("penanggung_jawab").GetProperty("nama").GetString());
    }

    [Fact]
    public async Task ForgedAntiforgeryToken_IsRefused_AndNothingIsStored()
    {
        var (client, url) = await StartAsync();
        var before = await StoredAsync(url);

        var (status, _) = await client.PostAsync(url, Post(client, "simpan", ("penanggung_jawab.nama", "Penyusup")), token: "CfDJ8forged");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var after = await StoredAsync(url);
        Assert.Equal(before.Revision, after.Revision);
    }

    [Fact]
    public async Task CraftedPaths_OutsideThePage_AreIgnored()
    {
        var (client, url) = await StartAsync();

        await client.PostAsync(url, Post(client, "simpan", ("kegiatan.nama", "Bukan halaman ini"), ("__proto__.x", "1"), ("a[99999999999].b", "x")));

        var answers = (await StoredAsync(url)).Answers;
        Assert.False(answers.TryGetProperty("kegiatan", out _));
        Assert.False(answers.TryGetProperty("a", out _));
    }

    [Fact]
    public async Task Rows_AreAddedAndRemoved_WithoutJavaScript()
    {
        var (client, url) = await StartAsync("izin-reklame");
        await client.PostAsync(url, Post(client, "simpan", ("pemohon.jenis", "perorangan")));
        var repeatPage = await PageWithAsync(client, url, "data-repeat=\"papan\"");
        var rowsBefore = CountRows(client.Html);

        var (added, location) = await client.PostAsync(repeatPage, Post(client, "tambah:papan"));
        Assert.Equal(HttpStatusCode.Redirect, added);
        Assert.Contains($"#f-papan-{rowsBefore}", location!, StringComparison.Ordinal);
        await client.GetAsync(repeatPage);
        Assert.Equal(rowsBefore + 1, CountRows(client.Html));
        Assert.Contains("name=\"papan[" + rowsBefore + "].jenis\"", client.Html, StringComparison.Ordinal);

        await client.PostAsync(repeatPage, Post(client, $"hapus:papan[{rowsBefore}]"));
        await client.GetAsync(repeatPage);
        Assert.Equal(rowsBefore, CountRows(client.Html));
    }

    [Fact]
    public async Task Upload_OfTheRightType_IsStoredAndShown_ThenRemoved()
    {
        var (client, url) = await StartAsync();
        var page = $"/permohonan/{DraftId(url)}/berkas";
        Assert.Equal(HttpStatusCode.OK, await client.GetAsync(page));

        var (status, _) = await client.PostAsync(page, Post(client, "simpan"), [("berkas:dokumen.ktp", "ktp-saya.pdf", FormFiller.Pdf)]);
        Assert.Equal(HttpStatusCode.Redirect, status);
        var sha = (await StoredAsync(url)).Answers.GetProperty("dokumen").GetProperty("ktp").GetString()!;
        Assert.Matches("^[0-9a-f]{64}$", sha);
        await client.GetAsync(page);
        Assert.Contains("ktp-saya.pdf", client.Html, StringComparison.Ordinal);

        await client.PostAsync(page, Post(client, "hapus-berkas:dokumen.ktp"));
        Assert.False((await StoredAsync(url)).Answers.GetProperty("dokumen").TryGetProperty("ktp", out _));
    }

    [Fact]
    public async Task Upload_OfAWrongTypeOrTooLarge_IsRefusedOnTheField_AndNothingIsStored()
    {
        var (client, url) = await StartAsync();
        var page = $"/permohonan/{DraftId(url)}/berkas";
        await client.GetAsync(page);

        var (status, _) = await client.PostAsync(page, Post(client, "lanjut"), [
            ("berkas:dokumen.pernyataan_norma", "foto.jpg", FormFiller.Jpeg),
            ("berkas:dokumen.ktp", "besar.pdf", [.. FormFiller.Pdf, .. new byte[3 * 1024 * 1024]]),
        ]);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("href=\"#f-dokumen-pernyataan_norma\"", client.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"#f-dokumen-ktp\"", client.Html, StringComparison.Ordinal);
        using var scope = factory.Services.CreateScope();
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<ITenantStorage>().Attachments.ListAsync(DraftId(url)));
        Assert.False((await StoredAsync(url)).Answers.TryGetProperty("dokumen", out _));
    }

    [Fact]
    public async Task BackgroundSave_AnswersWithRevisionAndVisibleQuestions_AndRefusesAStaleRevision()
    {
        var (client, url) = await StartAsync();
        var token = client.Token();

        async Task<(HttpStatusCode, JsonElement)> AutosaveAsync(string revision, string jenis)
        {
            using var content = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" },
                { new StringContent(revision), "_rev" },
                { new StringContent("autosimpan"), "aksi" },
                { new StringContent("penyelenggara.jenis"), "_f" },
                { new StringContent(jenis), "penyelenggara.jenis" },
            };
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
            request.Headers.Add("X-Perizinan-Autosave", "1");
            using var response = await client.SendAsync(request);
            return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
        }

        var revision = client.Values("_rev").Single();
        var (ok, body) = await AutosaveAsync(revision, "badan_usaha");
        Assert.Equal(HttpStatusCode.OK, ok);
        Assert.Equal(long.Parse(revision, System.Globalization.CultureInfo.InvariantCulture) + 1, body.GetProperty("revision").GetInt64());
        Assert.Contains(body.GetProperty("visible").EnumerateArray(), v => v.GetString() == "penyelenggara.nib");

        var (conflict, stale) = await AutosaveAsync(revision, "perorangan");
        Assert.Equal(HttpStatusCode.Conflict, conflict);
        Assert.False(stale.GetProperty("saved").GetBoolean());
        Assert.Equal("badan_usaha", (await StoredAsync(url)).Answers.GetProperty("penyelenggara").GetProperty("jenis").GetString());
    }

    [Fact]
    public async Task OwnedDraft_AsksAnonymousVisitorsToSignIn()
    {
        using var scope = factory.Services.CreateScope();
        var storage = scope.ServiceProvider.GetRequiredService<ITenantStorage>();
        var created = await storage.Drafts.CreateAsync(new NewDraft("izin-keramaian", "1.0.0", "3201014501900001"));
        var http = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await http.GetAsync($"/permohonan/{created.Draft!.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/masuk?returnUrl=", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownDraftAndUnknownRegistrationNumber_Are404_WithAMessage()
    {
        var http = factory.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/permohonan/{Guid.NewGuid()}")).StatusCode);

        using var status = await http.GetAsync("/status/REK-2026-999999");
        Assert.Equal(HttpStatusCode.NotFound, status.StatusCode);
        Assert.Contains("tidak ditemukan", await status.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var lookup = await http.GetAsync("/status?cari=+rek-2026-000001+");
        Assert.Equal("/status/REK-2026-000001", lookup.Headers.Location!.ToString());
    }

    private static int CountRows(string html) => System.Text.RegularExpressions.Regex.Matches(html, "value=\"hapus:papan\\[").Count;

    private static async Task<string> TokenAsync(PageClient client, string url)
    {
        await client.GetAsync(url);
        return client.Token();
    }

    /// <summary>Walks the pages with Continue (answers may be missing: errors keep it on the page) until one contains the marker.</summary>
    private static async Task<string> PageWithAsync(PageClient client, string url, string marker)
    {
        var form = $"/permohonan/{DraftId(url)}";
        foreach (var page in new[] { "pemohon", "reklame", "berkas" })
        {
            if (await client.GetAsync($"{form}/{page}") == HttpStatusCode.OK && client.Html.Contains(marker, StringComparison.Ordinal))
            {
                return client.Url;
            }
        }

        throw new InvalidOperationException("No page has " + marker);
    }
}
