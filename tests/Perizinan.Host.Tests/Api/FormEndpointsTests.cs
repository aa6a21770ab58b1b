using System.Net;
using System.Text.Json;
using Perizinan.Host.Tests.Support;

namespace Perizinan.Host.Tests.Api;

/// <summary>The catalog, form versions, schema and evaluate, over real HTTP.</summary>
public sealed class FormEndpointsTests(HostFactory host) : IClassFixture<HostFactory>
{
    private readonly HttpClient _client = host.CreateClient();

    [Fact]
    public async Task Health_LiveAndReady_Healthy()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/health/live")).StatusCode);
        Assert.Equal("Healthy", await _client.GetStringAsync("/health/ready"));
    }

    [Fact]
    public async Task ListForms_PublishedSamples_EachWithTitleAgencyAndFees()
    {
        var (response, body) = await _client.SendAsync(HttpMethod.Get, "/api/v1/forms");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var forms = body.EnumerateArray().ToDictionary(f => f.GetProperty("id").GetString()!);
        Assert.Equal(["izin-keramaian", "izin-reklame"], forms.Keys.Order());
        var reklame = forms["izin-reklame"];
        Assert.Equal("Izin Penyelenggaraan Reklame", reklame.GetProperty("title").GetProperty("id").GetString());
        Assert.Equal("DPMPTSP Kota Bekasi", reklame.GetProperty("agency").GetProperty("id").GetString());
        Assert.NotEmpty(reklame.GetProperty("fees").EnumerateArray());
        Assert.NotEmpty(reklame.GetProperty("requirements").EnumerateArray());
    }

    [Fact]
    public async Task GetForm_Unknown_ProblemNotFound()
    {
        var (response, body) = await _client.SendAsync(HttpMethod.Get, "/api/v1/forms/izin-tidak-ada");

        ApiClient.AssertProblem(response, body, 404, "form-not-found");
        Assert.Contains("izin-tidak-ada", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetFormVersion_Published_FormAndSchemaAsPublished()
    {
        var (response, body) = await _client.SendAsync(HttpMethod.Get, "/api/v1/forms/izin-reklame/versions/1.0.0");
        var schema = await _client.GetAsync("/api/v1/forms/izin-reklame/versions/1.0.0/schema.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("izin-reklame", body.GetProperty("form").GetProperty("id").GetString());
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", body.GetProperty("schema").GetProperty("$schema").GetString());
        Assert.Equal(64, body.GetProperty("contentHash").GetString()!.Length);
        Assert.Equal("application/schema+json", schema.Content.Headers.ContentType?.MediaType);
        Assert.True(JsonElement.DeepEquals(body.GetProperty("schema"), JsonDocument.Parse(await schema.Content.ReadAsStringAsync()).RootElement));
    }

    [Fact]
    public async Task GetFormVersion_UnknownVersion_ProblemNotFound()
    {
        var (response, body) = await _client.SendAsync(HttpMethod.Get, "/api/v1/forms/izin-reklame/versions/9.9.9");

        ApiClient.AssertProblem(response, body, 404, "form-not-found");
    }

    [Fact]
    public async Task Evaluate_CompleteSampleAnswers_CompleteWithNoErrors()
    {
        var answers = Samples.ScenarioAnswers("izin-keramaian", "01-hajatan-kecil-lengkap.json");

        var (response, body) = await _client.SendAsync(HttpMethod.Post, "/api/v1/forms/izin-keramaian/versions/1.0.0/evaluate", answers);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.GetProperty("complete").GetBoolean(), body.GetRawText());
        Assert.Empty(body.GetProperty("errors").EnumerateArray());
        Assert.Contains("penanggung_jawab.nik", body.GetProperty("visible").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public async Task Evaluate_WrongTypes_FieldErrorsNotAFault()
    {
        var (response, body) = await _client.SendAsync(HttpMethod.Post, "/api/v1/forms/izin-keramaian/versions/1.0.0/evaluate",
            """{ "peserta": { "jumlah": "tiga ratus" }, "penanggung_jawab": 7, "tak_dikenal": [1, 2] }""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = body.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()).ToList();
        Assert.Contains("peserta.jumlah", paths);
        Assert.False(body.GetProperty("complete").GetBoolean());
    }

    [Fact]
    public async Task Evaluate_MalformedJson_ProblemWithLineAndColumn()
    {
        var (response, body) = await _client.SendAsync(HttpMethod.Post, "/api/v1/forms/izin-keramaian/versions/1.0.0/evaluate",
            "{\n  \"peserta\": { \"jumlah\": 3,, }\n}");

        ApiClient.AssertProblem(response, body, 400, "bad-request");
        Assert.Contains("baris 2", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("json", body.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Evaluate_EnglishRequested_ProblemInEnglish()
    {
        var (response, body) = await _client.SendAsync(HttpMethod.Post, "/api/v1/forms/izin-keramaian/versions/1.0.0/evaluate?lang=en", "{");

        ApiClient.AssertProblem(response, body, 400, "bad-request");
        Assert.StartsWith("Invalid JSON", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_DeeplyNested_ProblemNotFault()
    {
        var nested = new string('[', 5000) + new string(']', 5000);

        var (response, body) = await _client.SendAsync(HttpMethod.Post, "/api/v1/forms/izin-keramaian/versions/1.0.0/evaluate", nested);

        ApiClient.AssertProblem(response, body, 400, "bad-request");
    }

    [Fact]
    public async Task Evaluate_BodyOverLimit_ProblemTooLarge()
    {
        var huge = "{\"x\":\"" + new string('a', 1024 * 1024 + 10) + "\"}";

        var (response, body) = await _client.SendAsync(HttpMethod.Post, "/api/v1/forms/izin-keramaian/versions/1.0.0/evaluate", huge);

        ApiClient.AssertProblem(response, body, 413, "too-large");
    }

    [Fact]
    public async Task OpenApi_Document_DescribesEveryEndpoint()
    {
        var (response, body) = await _client.SendAsync(HttpMethod.Get, "/api/v1/openapi.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("3.", body.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = body.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        string[] expected =
        [
            "/api/v1/forms", "/api/v1/forms/{formId}", "/api/v1/forms/{formId}/versions/{version}",
            "/api/v1/forms/{formId}/versions/{version}/schema.json", "/api/v1/forms/{formId}/versions/{version}/types.cs",
            "/api/v1/forms/{formId}/versions/{version}/evaluate",
            "/api/v1/drafts", "/api/v1/drafts/{draftId}", "/api/v1/drafts/resume/{code}", "/api/v1/drafts/{draftId}/submit",
            "/api/v1/submissions/{registrationNumber}",
            "/api/v1/drafts/{draftId}/attachments", "/api/v1/drafts/{draftId}/attachments/{sha256}",
        ];
        Assert.All(expected, p => Assert.Contains(p, paths));
    }

    [Fact]
    public async Task OpenApi_Document_ParsesAndValidatesWithoutErrors()
    {
        var text = await _client.GetStringAsync("/api/v1/openapi.json");

        var (document, diagnostic) = Microsoft.OpenApi.OpenApiDocument.Parse(text, "json");

        Assert.NotNull(document);
        Assert.Empty(diagnostic!.Errors);
        Assert.Empty(Microsoft.OpenApi.OpenApiElementExtensions.Validate(document, Microsoft.OpenApi.ValidationRuleSet.GetDefaultRuleSet()));
        Assert.Equal(13, document.Paths.Count);
    }
}
