using System.Text.Json;
using Perizinan.Storage;
using Perizinan.Storage.Drafts;
using Perizinan.Storage.Forms;
using Perizinan.Storage.Submissions;

namespace Perizinan.Queue.Tests.Support;

/// <summary>Tenants with izin-reklame 1.0.0 published and submissions queued for given destinations.</summary>
public static class Seed
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> ReklameFiles = new(() => PackageFolder.Read(ReklameFolder));

    public static string ReklameFolder => Path.Combine(Paths.RepositoryRoot, "samples", "forms", "izin-reklame", "1.0.0");

    public static async Task<ITenantStorage> TenantAsync(Storage.Storage storage, string? id = null)
    {
        var tenant = storage.ForTenant(id ?? "t-" + Guid.NewGuid().ToString("N")[..16]);
        var published = await tenant.Forms.PublishAsync(ReklameFiles.Value);
        Assert.Contains(published.Outcome, new[] { PublishOutcome.Published, PublishOutcome.AlreadyPublished });
        return tenant;
    }

    public static async Task<Submission> SubmitAsync(ITenantStorage tenant, string answers, params string[] destinations)
    {
        var created = await tenant.Drafts.CreateAsync(new NewDraft("izin-reklame", "1.0.0", null, Json(answers)));
        var draft = created.Draft!;
        var result = await tenant.Submissions.SubmitAsync(new SubmissionRequest(
            draft.Id, draft.Revision, draft.Answers, Json("""{"reklame.luas": 12}"""), [], 150000m, destinations));
        Assert.Equal(SubmitOutcome.Submitted, result.Outcome);
        return result.Submission!;
    }

    public static async Task<List<Submission>> SubmitManyAsync(ITenantStorage tenant, int count, params string[] destinations)
    {
        var list = new List<Submission>();
        for (var i = 0; i < count; i++)
        {
            list.Add(await SubmitAsync(tenant, $$"""{"pemohon": {"nama": "Pemohon {{i}}"}, "n": {{i}}}""", destinations));
        }

        return list;
    }

    public static JsonElement Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
