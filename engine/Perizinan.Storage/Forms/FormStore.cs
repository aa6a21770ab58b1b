using System.Text.Json;
using Perizinan.Forms.Package;
using Perizinan.Rules.Diagnostics;
using Perizinan.Storage.Audit;
using Perizinan.Storage.Sql;

namespace Perizinan.Storage.Forms;

/// <summary>The SQL form store of one tenant.</summary>
internal sealed class FormStore(Database database, string tenant) : IFormStore
{
    private const string Columns = "form_id, version, content_hash, registration_prefix, published_at, retired_at";

    public async Task<PublishResult> PublishAsync(IReadOnlyDictionary<string, string> files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var diagnostics = new DiagnosticBag();
        var package = FormPackageLoader.LoadFromFiles(files, "publish", diagnostics);
        if (package is null || diagnostics.HasErrors)
        {
            var problems = diagnostics.Items.Where(d => d.IsError).Select(d => d.ToString()).ToList();
            return new PublishResult(PublishOutcome.Refused, null, problems.Count > 0 ? problems : ["The package cannot be loaded."]);
        }

        var manifest = package.Manifest;
        var now = database.Now();
        var dialect = database.Dialect;
        var filesJson = JsonSerializer.Serialize(new SortedDictionary<string, string>(files.ToDictionary(f => f.Key.Replace('\\', '/'), f => f.Value), StringComparer.Ordinal));
        return await database.InTransactionAsync(
            async unit =>
            {
                var inserted = await unit.ExecuteAsync(
                    dialect.InsertIfMissing(
                        "forms",
                        "tenant_id, form_id, version, content_hash, registration_prefix, files, published_at, retired_at",
                        $"@tenant, @id, @version, @hash, @prefix, {dialect.Json("@files")}, @now, NULL",
                        "tenant_id = @tenant AND form_id = @id AND version = @version"),
                    new { tenant, id = manifest.Id, version = manifest.Version, hash = package.ContentHash, prefix = manifest.RegistrationPrefix, files = filesJson, now = dialect.Time(now) }).ConfigureAwait(false);
                var stored = await unit.QuerySingleOrNullAsync(
                    $"SELECT {Columns} FROM forms WHERE tenant_id = @tenant AND form_id = @id AND version = @version",
                    new { tenant, id = manifest.Id, version = manifest.Version }).ConfigureAwait(false);
                var form = Read(stored!.Value);
                if (inserted == 0)
                {
                    var outcome = form.ContentHash == package.ContentHash ? PublishOutcome.AlreadyPublished : PublishOutcome.DuplicateVersion;
                    return new PublishResult(outcome, form, []);
                }

                await AuditChain.AppendAsync(unit, dialect, tenant, now, "form.published", $"{form.FormId}/{form.Version}",
                    JsonSerializer.Serialize(new { contentHash = form.ContentHash })).ConfigureAwait(false);
                return new PublishResult(PublishOutcome.Published, form, []);
            },
            cancellationToken).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<FormVersion>> ListAsync(CancellationToken cancellationToken = default) =>
        database.ReadAsync(
            async unit => (IReadOnlyList<FormVersion>)(await unit.QueryAsync(
                    $"SELECT {Columns} FROM forms WHERE tenant_id = @tenant ORDER BY form_id, published_at, version",
                    new { tenant }).ConfigureAwait(false))
                .Select(Read).ToList(),
            cancellationToken);

    public Task<IReadOnlyList<FormVersion>> ListVersionsAsync(string formId, CancellationToken cancellationToken = default) =>
        database.ReadAsync(
            async unit => (IReadOnlyList<FormVersion>)(await unit.QueryAsync(
                    $"SELECT {Columns} FROM forms WHERE tenant_id = @tenant AND form_id = @formId ORDER BY published_at, version",
                    new { tenant, formId }).ConfigureAwait(false))
                .Select(Read).ToList(),
            cancellationToken);

    public Task<bool> RetireAsync(string formId, string version, CancellationToken cancellationToken = default)
    {
        var now = database.Now();
        var dialect = database.Dialect;
        return database.InTransactionAsync(
            async unit =>
            {
                var changed = await unit.ExecuteAsync(
                    "UPDATE forms SET retired_at = @now WHERE tenant_id = @tenant AND form_id = @formId AND version = @version AND retired_at IS NULL",
                    new { tenant, formId, version, now = dialect.Time(now) }).ConfigureAwait(false);
                if (changed > 0)
                {
                    await AuditChain.AppendAsync(unit, dialect, tenant, now, "form.retired", $"{formId}/{version}", null).ConfigureAwait(false);
                    return true;
                }

                return await unit.ScalarAsync<long>(
                    "SELECT COUNT(*) FROM forms WHERE tenant_id = @tenant AND form_id = @formId AND version = @version",
                    new { tenant, formId, version }).ConfigureAwait(false) > 0;
            },
            cancellationToken);
    }

    public Task<StoredForm?> GetAsync(string formId, string version, CancellationToken cancellationToken = default) =>
        GetWhereAsync("form_id = @formId AND version = @version", new { tenant, formId, version }, cancellationToken);

    public Task<StoredForm?> GetByContentHashAsync(string contentHash, CancellationToken cancellationToken = default) =>
        GetWhereAsync("content_hash = @contentHash", new { tenant, contentHash }, cancellationToken);

    internal static FormVersion Read(Row row) => new(
        row.Text("form_id"), row.Text("version"), row.Text("content_hash"), row.Text("registration_prefix"),
        row.Time("published_at"), row.TimeOrNull("retired_at"));

    private Task<StoredForm?> GetWhereAsync(string where, object parameters, CancellationToken cancellationToken) =>
        database.ReadAsync(
            async unit =>
            {
                var row = await unit.QuerySingleOrNullAsync(
                    $"SELECT {Columns}, files FROM forms WHERE tenant_id = @tenant AND {where} ORDER BY published_at", parameters).ConfigureAwait(false);
                if (row is not { } found)
                {
                    return null;
                }

                var files = JsonSerializer.Deserialize<Dictionary<string, string>>(found.Text("files")) ?? [];
                return new StoredForm(Read(found), files);
            },
            cancellationToken);
}
