using System.Collections.Concurrent;
using System.Text.Json;
using Dapper;
using Perizinan.Storage;
using Perizinan.Storage.Drafts;
using Perizinan.Storage.Forms;
using Perizinan.Storage.Sql;
using Perizinan.Storage.Submissions;

namespace Perizinan.Benchmarks.Persistence;

/// <summary>
/// Drafts ready to submit: one real draft of izin-reklame 1.0.0 made through the store (answers of its first scenario,
/// an owner NIK, personal fields encrypted), then copied row for row in one transaction, so that seeding thousands of
/// drafts does not take thousands of durable commits. Each submit takes a draft of its own.
/// </summary>
internal sealed class DraftPool
{
    private readonly ConcurrentQueue<Guid> _drafts = new();

    private DraftPool(ITenantStorage tenant, Draft template)
    {
        Tenant = tenant;
        Template = template;
    }

    public ITenantStorage Tenant { get; }

    public Draft Template { get; }

    public int Left => _drafts.Count;

    /// <summary>A tenant with the form published and one template draft.</summary>
    public static async Task<DraftPool> CreateAsync(Storage.Storage storage, string tenantId)
    {
        var tenant = storage.ForTenant(tenantId);
        var folder = Path.Combine(Samples.Root, "samples", "forms", "izin-reklame", "1.0.0");
        var published = await tenant.Forms.PublishAsync(PackageFolder.Read(folder));
        if (published.Outcome is not (PublishOutcome.Published or PublishOutcome.AlreadyPublished))
        {
            throw new InvalidOperationException($"izin-reklame did not publish: {published.Outcome}");
        }

        using var scenario = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "scenarios", "01-billboard-kelas1-setahun.json")));
        var answers = scenario.RootElement.GetProperty("answers").Clone();
        var created = await tenant.Drafts.CreateAsync(new NewDraft("izin-reklame", "1.0.0", "3275011505900003", answers));
        return new DraftPool(tenant, created.Draft ?? throw new InvalidOperationException($"No draft: {created.Outcome}"));
    }

    /// <summary>Adds <paramref name="count"/> copies of the template draft (one transaction).</summary>
    public async Task AddAsync(StorageOptions options, int count)
    {
        var ids = Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToList();
        var database = new Database(SqlDialect.For(options.Provider), options.ConnectionString, TimeProvider.System);
        await database.InTransactionAsync(
            async unit =>
            {
                foreach (var id in ids)
                {
                    await unit.Connection.ExecuteAsync(
                        "INSERT INTO drafts (tenant_id, id, form_id, form_version, content_hash, owner, resume_code, answers, revision, created_at, updated_at, expires_at, submission_id) "
                        + "SELECT tenant_id, @id, form_id, form_version, content_hash, owner, NULL, answers, revision, created_at, updated_at, expires_at, NULL "
                        + "FROM drafts WHERE tenant_id = @tenant AND id = @template",
                        new { id = Ids.Text(id), tenant = Tenant.TenantId, template = Ids.Text(Template.Id) },
                        unit.Transaction);
                }

                return 0;
            },
            CancellationToken.None);
        foreach (var id in ids)
        {
            _drafts.Enqueue(id);
        }
    }

    /// <summary>The next draft's submit request (destinations as a real deployment: back office and data center), or <c>null</c>.</summary>
    public SubmissionRequest? Next(params string[] destinations) =>
        _drafts.TryDequeue(out var id)
            ? new SubmissionRequest(id, Template.Revision, Template.Answers, EmptyObject, [], 0m, destinations.Length > 0 ? destinations : ["back-office", "pusat-data"])
            : null;

    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();
}
