using System.Text.Json;
using Perizinan.Storage.Audit;
using Perizinan.Storage.Privacy;
using Perizinan.Storage.Sql;

namespace Perizinan.Storage.Drafts;

/// <summary>The SQL draft store of one tenant; personal fields are encrypted by <see cref="PersonalDataProtector"/>.</summary>
internal sealed partial class DraftStore(
    Database database, string tenant, TimeSpan lifetime, PersonalDataProtector protector, PersonalFieldCache personalFields) : IDraftStore
{
    private const string Columns =
        "id, form_id, form_version, content_hash, owner, resume_code, answers, revision, created_at, updated_at, expires_at, submission_id";

    public async Task<DraftCreateResult> CreateAsync(NewDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var answers = JsonText.Object(draft.Answers, nameof(draft));
        var dialect = database.Dialect;
        var now = database.Now();
        var id = Guid.NewGuid();
        var resumeCode = draft.Owner is null ? ResumeCode.New() : null;
        return await database.InTransactionAsync(
            async unit =>
            {
                var form = await unit.QuerySingleOrNullAsync(
                    "SELECT content_hash, retired_at FROM forms WHERE tenant_id = @tenant AND form_id = @formId AND version = @version",
                    new { tenant, formId = draft.FormId, version = draft.Version }).ConfigureAwait(false);
                if (form is not { } found)
                {
                    return new DraftCreateResult(DraftCreateOutcome.FormNotFound, null);
                }

                if (found.TimeOrNull("retired_at") is not null)
                {
                    return new DraftCreateResult(DraftCreateOutcome.FormRetired, null);
                }

                var created = new Draft(id, draft.FormId, draft.Version, found.Text("content_hash"), draft.Owner, resumeCode,
                    JsonText.Parse(answers), 1, now, now, now + lifetime, null);
                var stored = await ProtectAsync(unit, created.ContentHash, answers).ConfigureAwait(false);
                await unit.ExecuteAsync(
                    "INSERT INTO drafts (tenant_id, " + Columns + ") VALUES (@tenant, @id, @formId, @version, @hash, @owner, @resumeCode, "
                    + dialect.Json("@answers") + ", 1, @now, @now, @expires, NULL)",
                    new
                    {
                        tenant, id = Ids.Text(id), formId = draft.FormId, version = draft.Version, hash = created.ContentHash, owner = draft.Owner,
                        resumeCode, answers = stored, now = dialect.Time(now), expires = dialect.Time(created.ExpiresAt),
                    }).ConfigureAwait(false);
                await AuditChain.AppendAsync(unit, dialect, tenant, now, "draft.created", Ids.Text(id),
                    JsonSerializer.Serialize(new { form = draft.FormId, version = draft.Version })).ConfigureAwait(false);
                return new DraftCreateResult(DraftCreateOutcome.Created, created);
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<DraftSaveResult> SaveAsync(Guid draftId, long expectedRevision, JsonElement answers, CancellationToken cancellationToken = default)
    {
        var text = JsonText.Object(answers, nameof(answers));
        var dialect = database.Dialect;
        var now = database.Now();
        var id = Ids.Text(draftId);
        return await database.InTransactionAsync(
            async unit =>
            {
                var stored = text;
                if (protector.IsEnabled)
                {
                    if (await unit.ScalarAsync<string?>("SELECT content_hash FROM drafts WHERE tenant_id = @tenant AND id = @id", new { tenant, id }).ConfigureAwait(false)
                        is not { } hash)
                    {
                        return new DraftSaveResult(DraftSaveOutcome.NotFound, 0);
                    }

                    stored = await ProtectAsync(unit, hash, text).ConfigureAwait(false);
                }

                var changed = await unit.ExecuteAsync(
                    $"UPDATE drafts SET answers = {dialect.Json("@answers")}, revision = revision + 1, updated_at = @now, expires_at = @expires "
                    + "WHERE tenant_id = @tenant AND id = @id AND revision = @expectedRevision AND submission_id IS NULL",
                    new { tenant, id, expectedRevision, answers = stored, now = dialect.Time(now), expires = dialect.Time(now + lifetime) }).ConfigureAwait(false);
                if (changed == 1)
                {
                    await AuditChain.AppendAsync(unit, dialect, tenant, now, "draft.saved", id,
                        JsonSerializer.Serialize(new { revision = expectedRevision + 1 })).ConfigureAwait(false);
                    return new DraftSaveResult(DraftSaveOutcome.Saved, expectedRevision + 1);
                }

                var current = await unit.QuerySingleOrNullAsync(
                    "SELECT revision, submission_id FROM drafts WHERE tenant_id = @tenant AND id = @id", new { tenant, id }).ConfigureAwait(false);
                return current switch
                {
                    null => new DraftSaveResult(DraftSaveOutcome.NotFound, 0),
                    { } row when row.TextOrNull("submission_id") is not null => new DraftSaveResult(DraftSaveOutcome.AlreadySubmitted, row.Long("revision")),
                    { } row => new DraftSaveResult(DraftSaveOutcome.Conflict, row.Long("revision")),
                };
            },
            cancellationToken).ConfigureAwait(false);
    }

    public Task<Draft?> GetAsync(Guid draftId, CancellationToken cancellationToken = default) =>
        SingleAsync("id = @id", new { tenant, id = Ids.Text(draftId) }, cancellationToken);

    public Task<Draft?> FindByResumeCodeAsync(string resumeCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(resumeCode);
        return ResumeCode.Normalize(resumeCode) is { } code
            ? SingleAsync("resume_code = @code", new { tenant, code }, cancellationToken)
            : Task.FromResult<Draft?>(null);
    }

    public Task<IReadOnlyList<Draft>> ListByOwnerAsync(string owner, CancellationToken cancellationToken = default) =>
        database.ReadAsync(
            async unit =>
            {
                var rows = await unit.QueryAsync(
                    $"SELECT {Columns} FROM drafts WHERE tenant_id = @tenant AND owner = @owner ORDER BY updated_at DESC, id",
                    new { tenant, owner }).ConfigureAwait(false);
                var drafts = new List<Draft>(rows.Count);
                foreach (var row in rows)
                {
                    drafts.Add(await ReadAsync(unit, row).ConfigureAwait(false));
                }

                return (IReadOnlyList<Draft>)drafts;
            },
            cancellationToken);

    public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken = default)
    {
        var dialect = database.Dialect;
        var now = database.Now();
        return database.InTransactionAsync(
            async unit =>
            {
                var purged = await unit.ExecuteAsync(
                    "DELETE FROM drafts WHERE tenant_id = @tenant AND expires_at <= @now AND submission_id IS NULL",
                    new { tenant, now = dialect.Time(now) }).ConfigureAwait(false);
                if (purged > 0)
                {
                    await AuditChain.AppendAsync(unit, dialect, tenant, now, "draft.purged", tenant,
                        JsonSerializer.Serialize(new { count = purged })).ConfigureAwait(false);
                }

                return purged;
            },
            cancellationToken);
    }

    private Task<Draft?> SingleAsync(string where, object parameters, CancellationToken cancellationToken) =>
        database.ReadAsync(
            async unit => await unit.QuerySingleOrNullAsync($"SELECT {Columns} FROM drafts WHERE tenant_id = @tenant AND {where}", parameters).ConfigureAwait(false) is { } row
                ? await ReadAsync(unit, row).ConfigureAwait(false)
                : null,
            cancellationToken);

    private async Task<string> ProtectAsync(Database.Unit unit, string contentHash, string answers) =>
        protector.IsEnabled
            ? protector.Protect(answers, await personalFields.GetAsync(unit, tenant, contentHash).ConfigureAwait(false), tenant)
            : answers;

    private async Task<Draft> ReadAsync(Database.Unit unit, Row row)
    {
        var hash = row.Text("content_hash");
        var answers = row.Text("answers");
        if (answers.Contains(PersonalDataProtector.Prefix, StringComparison.Ordinal))
        {
            answers = protector.Unprotect(answers, await personalFields.GetAsync(unit, tenant, hash).ConfigureAwait(false), tenant);
        }

        return new Draft(
            row.Id("id"), row.Text("form_id"), row.Text("form_version"), hash, row.TextOrNull("owner"),
            row.TextOrNull("resume_code"), JsonText.Parse(answers), row.Long("revision"), row.Time("created_at"),
            row.Time("updated_at"), row.Time("expires_at"), row.TextOrNull("submission_id") is { } s ? Guid.Parse(s) : null);
    }
}
