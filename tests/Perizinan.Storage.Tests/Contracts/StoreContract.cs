using System.Text.Json;
using Perizinan.Storage.Drafts;
using Perizinan.Storage.Forms;
using Perizinan.Storage.Submissions;
using Perizinan.Storage.Tests.Providers;

namespace Perizinan.Storage.Tests.Contracts;

/// <summary>
/// What every contract test class shares: the provider's storage, the clock, and a fresh tenant per test (tenancy keeps
/// tests of one class apart in one database; queue tests also use their own destination names).
/// </summary>
public abstract class StoreContract(ProviderFixture fixture)
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> ReklameFiles =
        new(() => PackageFolder.Read(Path.Combine(RepositoryRoot(), "samples", "forms", "izin-reklame", "1.0.0")));

    protected ProviderFixture Fixture { get; } = fixture;

    protected Storage Storage => Fixture.Storage;

    protected ManualTime Time => Fixture.Time;

    /// <summary>The files of <c>samples/forms/izin-reklame/1.0.0</c>.</summary>
    protected static IReadOnlyDictionary<string, string> Reklame => ReklameFiles.Value;

    protected ITenantStorage NewTenant() => Storage.ForTenant("t-" + Guid.NewGuid().ToString("N")[..16]);

    protected static string NewDestination() => "dest-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>A new tenant with izin-reklame 1.0.0 published.</summary>
    protected async Task<ITenantStorage> TenantWithFormAsync()
    {
        var tenant = NewTenant();
        var published = await tenant.Forms.PublishAsync(Reklame);
        Assert.Equal(PublishOutcome.Published, published.Outcome);
        return tenant;
    }

    /// <summary>
    /// izin-reklame as a newer version that renames <c>reklame.materi</c> to <c>reklame.isi</c> and takes drafts of
    /// <paramref name="from"/> (scenarios left out: they still name the old field).
    /// </summary>
    protected static Dictionary<string, string> NewerReklame(string version, string from)
    {
        var files = Reklame.Where(f => !f.Key.StartsWith("scenarios/", StringComparison.Ordinal)).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        files["schema.json"] = files["schema.json"].Replace("\"materi\"", "\"isi\"", StringComparison.Ordinal);
        files["form.json"] = files["form.json"]
            .Replace("\"reklame.materi\"", "\"reklame.isi\"", StringComparison.Ordinal)
            .Replace("\"version\": \"1.0.0\",", $$"""
                "version": "{{version}}",
                  "migrations": [{ "from": "{{from}}", "rename": { "reklame.materi": "reklame.isi" } }],
                """, StringComparison.Ordinal);
        Assert.Contains("\"migrations\"", files["form.json"], StringComparison.Ordinal);
        return files;
    }

    /// <summary>Publishes a package, failing the test (with the problems) unless it is new.</summary>
    protected static async Task PublishAsync(ITenantStorage tenant, IReadOnlyDictionary<string, string> files)
    {
        var published = await tenant.Forms.PublishAsync(files);
        Assert.True(published.Outcome == PublishOutcome.Published, string.Join("\n", published.Problems));
    }

    /// <summary>A new draft of izin-reklame 1.0.0 with the given answers.</summary>
    protected static async Task<Draft> NewDraftAsync(ITenantStorage tenant, string answers = "{}", string? owner = null)
    {
        var created = await tenant.Drafts.CreateAsync(new NewDraft("izin-reklame", "1.0.0", owner, Json(answers)));
        Assert.Equal(DraftCreateOutcome.Created, created.Outcome);
        return created.Draft!;
    }

    /// <summary>A submission request for a draft as it is (no engine: for queue and store tests).</summary>
    protected static SubmissionRequest Request(Draft draft, params string[] destinations) =>
        new(draft.Id, draft.Revision, draft.Answers, Json("{}"), [], 0m, destinations);

    /// <summary>A new tenant with a submitted draft queued for the given destinations.</summary>
    protected async Task<(ITenantStorage Tenant, Submission Submission)> SubmittedAsync(params string[] destinations)
    {
        var tenant = await TenantWithFormAsync();
        var draft = await NewDraftAsync(tenant, """{"a": 1}""");
        var result = await tenant.Submissions.SubmitAsync(Request(draft, destinations));
        Assert.Equal(SubmitOutcome.Submitted, result.Outcome);
        return (tenant, result.Submission!);
    }

    /// <summary>Submissions hold JSON elements and lists, which records compare by reference: compare what was stored.</summary>
    protected static void AssertSameSubmission(Submission? expected, Submission? actual)
    {
        Assert.NotNull(expected);
        Assert.NotNull(actual);
        Assert.Equal(Describe(expected), Describe(actual));
    }

    private static string Describe(Submission s) => string.Join(
        "|", s.Id, s.DraftId, s.RegistrationNumber, s.FormId, s.FormVersion, s.ContentHash, s.Owner, s.Answers.GetRawText(),
        s.ComputedValues.GetRawText(), s.Fees.GetRawText(), string.Join(",", s.AttachmentHashes), s.SubmittedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture));

    protected static JsonElement Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    protected static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Perizinan.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Perizinan.sln not found above " + AppContext.BaseDirectory);
    }
}
