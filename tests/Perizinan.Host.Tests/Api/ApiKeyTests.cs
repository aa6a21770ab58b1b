using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Perizinan.Host.Api;
using Perizinan.Host.Tests.Support;
using Perizinan.Storage;

namespace Perizinan.Host.Tests.Api;

/// <summary>The host with one integrator key, writes needing a key, and a low evaluate limit for clients without one.</summary>
public sealed class KeyedHostFactory : HostFactory
{
    public const string Key = "pzk_test-key-for-portal";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Perizinan:ApiKeys:0:Name", "portal-kota");
        builder.UseSetting("Perizinan:ApiKeys:0:Sha256", ApiKeys.Hash(Key));
        builder.UseSetting("Perizinan:RequireApiKey", "true");
        builder.UseSetting("Perizinan:RateLimits:EvaluatePerMinute", "3");
    }
}

public sealed class ApiKeyTests(KeyedHostFactory factory) : IClassFixture<KeyedHostFactory>
{
    [Fact]
    public async Task Writes_WithoutAKey_Are401Problems_AndNothingIsStored_ReadsStayOpen()
    {
        var client = factory.CreateClient();

        using var create = await client.PostAsJsonAsync("/api/v1/drafts", new { formId = "izin-keramaian" });
        using var catalog = await client.GetAsync("/api/v1/forms");

        Assert.Equal(HttpStatusCode.Unauthorized, create.StatusCode);
        Assert.Equal("application/problem+json", create.Content.Headers.ContentType?.MediaType);
        Assert.Contains("urn:perizinan:problem:api-key", await create.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, catalog.StatusCode);
    }

    [Fact]
    public async Task AnUnknownKey_IsRefused_EvenForReads()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeys.Header, "pzk_wrong");

        using var response = await client.GetAsync("/api/v1/forms");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AKnownKey_Writes_AndItsSubmissionRecordsTheIntegrator()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeys.Header, KeyedHostFactory.Key);
        var answers = Samples.ScenarioAnswers("izin-keramaian", "01-hajatan-kecil-lengkap.json");

        using var created = await client.PostAsJsonAsync("/api/v1/drafts", new { formId = "izin-keramaian", answers });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var draft = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        using var submitted = await client.PostAsJsonAsync($"/api/v1/drafts/{draft.GetProperty("id").GetString()}/submit", new { revision = draft.GetProperty("revision").GetInt64() });
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        var number = JsonDocument.Parse(await submitted.Content.ReadAsStringAsync()).RootElement.GetProperty("registrationNumber").GetString();

        using var scope = factory.Services.CreateScope();
        var audit = await scope.ServiceProvider.GetRequiredService<ITenantStorage>().Audit.ListAsync();
        Assert.Contains(audit, e => e.Action == "submission.integrator" && e.Subject == number && e.DetailJson.Contains("portal-kota", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Evaluate_BeyondTheLimit_Is429WithRetryAfter_ButAKeyHasItsOwnLimit()
    {
        var anonymous = factory.CreateClient();
        var keyed = factory.CreateClient();
        keyed.DefaultRequestHeaders.Add(ApiKeys.Header, KeyedHostFactory.Key);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await anonymous.PostAsJsonAsync("/api/v1/forms/izin-keramaian/versions/1.0.0/evaluate", new { answers = new { } });
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(response.Headers.RetryAfter is not null);
            }
        }

        using var withKey = await keyed.PostAsJsonAsync("/api/v1/forms/izin-keramaian/versions/1.0.0/evaluate", new { answers = new { } });

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.OK, withKey.StatusCode);
    }

    [Fact]
    public void NewApiKeyCommand_PrintsAKeyAndTheHashTheHostAccepts()
    {
        using var output = new StringWriter();

        Assert.True(ApiKeyCommand.TryRun(["new-api-key", "portal-kota"], output));

        var lines = output.ToString().Split('\n', StringSplitOptions.TrimEntries);
        var key = lines[1];
        Assert.StartsWith("pzk_", key, StringComparison.Ordinal);
        Assert.Contains(ApiKeys.Hash(key), output.ToString(), StringComparison.Ordinal);
        Assert.False(ApiKeyCommand.TryRun(["--urls", "x"], output));
    }
}
