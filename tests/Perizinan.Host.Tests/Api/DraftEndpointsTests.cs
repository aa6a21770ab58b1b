using System.Net;
using System.Text.Json;
using Perizinan.Host.Tests.Support;

namespace Perizinan.Host.Tests.Api;

/// <summary>Drafts and submit over real HTTP: every refusal is a precise problem and leaves stored data unchanged.</summary>
public sealed class DraftEndpointsTests(HostFactory host) : IClassFixture<HostFactory>
{
    private readonly HttpClient _client = host.CreateClient();

    [Fact]
    public async Task Create_CurrentVersion_CreatedWithResumeCodeAndState()
    {
        var (response, body) = await _client.SendAsync(HttpMethod.Post, "/api/v1/drafts", new { formId = "izin-keramaian" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/v1/drafts/{body.GetProperty("id").GetString()}", response.Headers.Location?.ToString());
        Assert.Equal("1.0.0", body.GetProperty("version").GetString());
        Assert.Equal(1, body.GetProperty("revision").GetInt64());
        Assert.Equal(8, body.GetProperty("resumeCode").GetString()!.Length);
        Assert.False(body.GetProperty("state").GetProperty("complete").GetBoolean());
    }

    [Fact]
    public async Task Create_UnknownForm_ProblemNotFound()
    {
        var (response, body) = await _client.SendAsync(HttpMethod.Post, "/api/v1/drafts", new { formId = "izin-tidak-ada" });

        ApiClient.AssertProblem(response, body, 404, "form-not-found");
    }

    [Fact]
    public async Task Create_UnknownProperty_ProblemNamesIt()
    {
        var (response, body) = await _client.SendAsync(HttpMethod.Post, "/api/v1/drafts", """{ "formId": "izin-keramaian", "formulir": "x" }""");

        ApiClient.AssertProblem(response, body, 400, "bad-request");
        Assert.Equal(["$.formulir"], ApiClient.ErrorPaths(body));
    }

    [Fact]
    public async Task Create_AnswersNotAnObject_ProblemAtAnswers()
    {
        var (response, body) = await _client.SendAsync(HttpMethod.Post, "/api/v1/drafts", """{ "formId": "izin-keramaian", "answers": [1] }""");

        ApiClient.AssertProblem(response, body, 400, "bad-request");
        Assert.Equal(["$.answers"], ApiClient.ErrorPaths(body));
    }

    [Fact]
    public async Task Save_CurrentRevision_SavedAndRevisionUp()
    {
        var draft = await CreateAsync();

        var (response, body) = await _client.SendAsync(HttpMethod.Put, $"/api/v1/drafts/{draft}", new { revision = 1, answers = new { peserta = new { jumlah = 300 } } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, body.GetProperty("revision").GetInt64());
        Assert.Equal(300, body.GetProperty("answers").GetProperty("peserta").GetProperty("jumlah").GetInt32());
    }

    [Fact]
    public async Task Save_StaleRevision_ConflictWithCurrentRevisionAndAnswersUnchanged()
    {
        var draft = await CreateAsync();
        await _client.SendAsync(HttpMethod.Put, $"/api/v1/drafts/{draft}", new { revision = 1, answers = new { peserta = new { jumlah = 300 } } });

        var (response, body) = await _client.SendAsync(HttpMethod.Put, $"/api/v1/drafts/{draft}", new { revision = 1, answers = new { peserta = new { jumlah = 5 } } });

        ApiClient.AssertProblem(response, body, 409, "stale-revision");
        Assert.Equal(2, body.GetProperty("currentRevision").GetInt64());
        var (_, stored) = await _client.SendAsync(HttpMethod.Get, $"/api/v1/drafts/{draft}");
        Assert.Equal(2, stored.GetProperty("revision").GetInt64());
        Assert.Equal(300, stored.GetProperty("answers").GetProperty("peserta").GetProperty("jumlah").GetInt32());
    }

    [Fact]
    public async Task Save_WrongRevisionType_ProblemAtRevision()
    {
        var draft = await CreateAsync();

        var (response, body) = await _client.SendAsync(HttpMethod.Put, $"/api/v1/drafts/{draft}", """{ "revision": "satu", "answers": {} }""");

        ApiClient.AssertProblem(response, body, 400, "bad-request");
        Assert.Equal(["$.revision"], ApiClient.ErrorPaths(body));
        var (_, stored) = await _client.SendAsync(HttpMethod.Get, $"/api/v1/drafts/{draft}");
        Assert.Equal(1, stored.GetProperty("revision").GetInt64());
    }

    [Fact]
    public async Task Get_UnknownDraft_ProblemNotFound()
    {
        var (response, body) = await _client.SendAsync(HttpMethod.Get, $"/api/v1/drafts/{Guid.NewGuid()}");

        ApiClient.AssertProblem(response, body, 404, "draft-not-found");
    }

    [Fact]
    public async Task Resume_ByCodeInAnyCase_SameDraft()
    {
        var (_, created) = await _client.SendAsync(HttpMethod.Post, "/api/v1/drafts", new { formId = "izin-keramaian" });
        var code = created.GetProperty("resumeCode").GetString()!;

        var (response, body) = await _client.SendAsync(HttpMethod.Get, $"/api/v1/drafts/resume/{code.ToLowerInvariant()}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(created.GetProperty("id").GetString(), body.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Submit_Incomplete_UnprocessableWithFieldPathsAndNothingStored()
    {
        var draft = await CreateAsync();

        var (response, body) = await _client.SendAsync(HttpMethod.Post, $"/api/v1/drafts/{draft}/submit", new { revision = 1 });

        ApiClient.AssertProblem(response, body, 422, "invalid-answers");
        Assert.Contains("penanggung_jawab.nik", ApiClient.ErrorPaths(body));
        var (_, stored) = await _client.SendAsync(HttpMethod.Get, $"/api/v1/drafts/{draft}");
        Assert.Equal(JsonValueKind.Null, stored.GetProperty("submissionId").ValueKind);
    }

    [Fact]
    public async Task Submit_CompleteTwice_OneRegistrationNumberAndStatusDelivered()
    {
        var answers = Samples.ScenarioAnswers("izin-keramaian", "01-hajatan-kecil-lengkap.json");
        var (_, created) = await _client.SendAsync(HttpMethod.Post, "/api/v1/drafts", new { formId = "izin-keramaian", answers });
        var draft = created.GetProperty("id").GetString();

        var (first, receipt) = await _client.SendAsync(HttpMethod.Post, $"/api/v1/drafts/{draft}/submit", new { revision = 1 });
        var (second, again) = await _client.SendAsync(HttpMethod.Post, $"/api/v1/drafts/{draft}/submit", new { revision = 1 });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var number = receipt.GetProperty("registrationNumber").GetString()!;
        Assert.Matches(@"^[A-Z0-9]+-2026-\d{6}$", number);
        Assert.Equal(number, again.GetProperty("registrationNumber").GetString());
        Assert.Equal("delivered", await StatusWhenSettledAsync(number));
    }

    [Fact]
    public async Task Submit_StaleRevision_ConflictAndNotSubmitted()
    {
        var draft = await CreateAsync();
        await _client.SendAsync(HttpMethod.Put, $"/api/v1/drafts/{draft}", new { revision = 1, answers = new { } });

        var (response, body) = await _client.SendAsync(HttpMethod.Post, $"/api/v1/drafts/{draft}/submit", new { revision = 1 });

        ApiClient.AssertProblem(response, body, 409, "stale-revision");
    }

    [Fact]
    public async Task Status_UnknownNumber_ProblemNotFound()
    {
        var (response, body) = await _client.SendAsync(HttpMethod.Get, "/api/v1/submissions/KRM-2026-999999");

        ApiClient.AssertProblem(response, body, 404, "submission-not-found");
    }

    private async Task<string> CreateAsync()
    {
        var (response, body) = await _client.SendAsync(HttpMethod.Post, "/api/v1/drafts", new { formId = "izin-keramaian" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return body.GetProperty("id").GetString()!;
    }

    /// <summary>Polls the status page until both destinations settled (the in-process worker delivers to files).</summary>
    private async Task<string> StatusWhenSettledAsync(string number)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        string status;
        do
        {
            var (response, body) = await _client.SendAsync(HttpMethod.Get, $"/api/v1/submissions/{number}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            status = body.GetProperty("status").GetString()!;
            if (status is "delivered" or "failed")
            {
                return status;
            }

            await Task.Delay(200);
        }
        while (DateTime.UtcNow < deadline);

        return status;
    }
}
