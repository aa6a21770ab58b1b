using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Perizinan.Host.Tests.Support;

namespace Perizinan.Host.Tests.Api;

/// <summary>The attachments API over real HTTP: upload by slot, list, download as a download, remove; bad uploads refused.</summary>
public sealed class AttachmentEndpointsTests(HostFactory factory) : IClassFixture<HostFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<string> NewDraftAsync()
    {
        using var created = await _client.PostAsJsonAsync("/api/v1/drafts", new { formId = "izin-keramaian" });
        return JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
    }

    private async Task<HttpResponseMessage> UploadAsync(string draft, string? slot, string fileName, byte[] bytes)
    {
        var content = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", fileName } };
        return await _client.PostAsync($"/api/v1/drafts/{draft}/attachments" + (slot is null ? string.Empty : "?slot=" + Uri.EscapeDataString(slot)), content);
    }

    private async Task<int> CountAsync(string draft) =>
        JsonDocument.Parse(await _client.GetStringAsync($"/api/v1/drafts/{draft}/attachments")).RootElement.GetArrayLength();

    [Fact]
    public async Task Upload_ListDownloadRemove()
    {
        var draft = await NewDraftAsync();

        using var uploaded = await UploadAsync(draft, "dokumen.ktp", "ktp.pdf", FormFiller.Pdf);
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var body = JsonDocument.Parse(await uploaded.Content.ReadAsStringAsync()).RootElement;
        var sha = body.GetProperty("sha256").GetString()!;
        Assert.Equal("application/pdf", body.GetProperty("mediaType").GetString());
        Assert.Equal(1, await CountAsync(draft));

        using var download = await _client.GetAsync(body.GetProperty("href").GetString());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("sandbox", download.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal(FormFiller.Pdf, await download.Content.ReadAsByteArrayAsync());

        using var removed = await _client.DeleteAsync($"/api/v1/drafts/{draft}/attachments/{sha}");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(0, await CountAsync(draft));
    }

    [Theory]
    [InlineData("dokumen.pernyataan_norma", "foto.jpg", "jpeg", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("dokumen.ktp", "besar.pdf", "large", HttpStatusCode.RequestEntityTooLarge)]
    [InlineData("dokumen.tidak_ada", "ktp.pdf", "pdf", HttpStatusCode.UnprocessableEntity)]
    [InlineData(null, "ktp.pdf", "pdf", HttpStatusCode.BadRequest)]
    public async Task BadUploads_AreProblemsWithTheSlotPath_AndNothingIsStored(string? slot, string fileName, string kind, HttpStatusCode expected)
    {
        var draft = await NewDraftAsync();
        byte[] bytes = kind switch
        {
            "jpeg" => FormFiller.Jpeg,
            "large" => [.. FormFiller.Pdf, .. new byte[3 * 1024 * 1024]],
            _ => FormFiller.Pdf,
        };

        using var response = await UploadAsync(draft, slot, fileName, bytes);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(slot ?? "slot", problem.GetProperty("errors")[0].GetProperty("path").GetString());
        Assert.Equal(0, await CountAsync(draft));
    }

    [Fact]
    public async Task UploadToAnUnknownDraft_Is404()
    {
        using var response = await UploadAsync(Guid.NewGuid().ToString(), "dokumen.ktp", "ktp.pdf", FormFiller.Pdf);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

/// <summary>The API reference page lists what the OpenAPI document lists.</summary>
public sealed class ApiReferencePageTests(HostFactory factory) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task ReferencePage_ListsEveryPathOfTheOpenApiDocument_AndEachFormsSchemaAndTypes()
    {
        var client = factory.CreateClient();
        var html = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/api"));
        var document = JsonDocument.Parse(await client.GetStringAsync("/api/v1/openapi.json")).RootElement;

        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            Assert.Contains($"<code>{path.Name}</code>", html, StringComparison.Ordinal);
        }

        Assert.Contains("/api/v1/forms/izin-reklame/versions/1.0.0/types.cs", html, StringComparison.Ordinal);
    }
}
