using System.Text.Json;
using Perizinan.Engine.Migration;
using Perizinan.Forms.Package;
using Perizinan.Rules.Diagnostics;
using Perizinan.Storage.Audit;
using Perizinan.Storage.Sql;

namespace Perizinan.Storage.Drafts;

/// <summary>Moving a draft to a newer version of its form.</summary>
internal sealed partial class DraftStore
{
    public async Task<DraftMigrateResult> MigrateAsync(Guid draftId, long expectedRevision, string newVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(newVersion);
        var dialect = database.Dialect;
        var now = database.Now();
        var id = Ids.Text(draftId);
        return await database.InTransactionAsync(
            async unit =>
            {
                // The row lock (FOR UPDATE / UPDLOCK; SQLite's single writer) keeps the revision still while the answers move.
                if (await unit.QuerySingleOrNullAsync(dialect.SelectForUpdate(Columns, "drafts", "tenant_id = @tenant AND id = @id"), new { tenant, id })
                        .ConfigureAwait(false) is not { } row)
                {
                    return Refused(DraftMigrateOutcome.NotFound, 0);
                }

                var draft = await ReadAsync(unit, row).ConfigureAwait(false);
                if (draft.SubmissionId is not null)
                {
                    return Refused(DraftMigrateOutcome.AlreadySubmitted, draft.Revision);
                }

                if (draft.Revision != expectedRevision)
                {
                    return Refused(DraftMigrateOutcome.Conflict, draft.Revision);
                }

                var target = await unit.QuerySingleOrNullAsync(
                    "SELECT content_hash, retired_at, files FROM forms WHERE tenant_id = @tenant AND form_id = @formId AND version = @version",
                    new { tenant, formId = draft.FormId, version = newVersion }).ConfigureAwait(false);
                if (target is not { } found)
                {
                    return Refused(DraftMigrateOutcome.FormNotFound, draft.Revision);
                }

                if (found.TimeOrNull("retired_at") is not null)
                {
                    return Refused(DraftMigrateOutcome.FormRetired, draft.Revision);
                }

                var source = await unit.QuerySingleOrNullAsync(
                    "SELECT files FROM forms WHERE tenant_id = @tenant AND form_id = @formId AND version = @version",
                    new { tenant, formId = draft.FormId, version = draft.FormVersion }).ConfigureAwait(false)
                    ?? throw new InvalidOperationException($"Draft {id} is pinned to {draft.FormId}/{draft.FormVersion}, which is not in the form store.");
                var migration = DraftMigrator.Migrate(
                    LoadStored(source, $"{draft.FormId}/{draft.FormVersion}"), LoadStored(found, $"{draft.FormId}/{newVersion}"), draft.Answers);
                switch (migration.Outcome)
                {
                    case DraftMigrationOutcome.NotNewer:
                        return Refused(DraftMigrateOutcome.NotNewer, draft.Revision);
                    case DraftMigrationOutcome.NotDeclared or DraftMigrationOutcome.DifferentForm:
                        return Refused(DraftMigrateOutcome.NotDeclared, draft.Revision);
                }

                var hash = found.Text("content_hash");
                var answers = migration.Answers!.Value.GetRawText();
                var stored = await ProtectAsync(unit, hash, answers).ConfigureAwait(false);
                var expires = now + lifetime;
                var changed = await unit.ExecuteAsync(
                    $"UPDATE drafts SET form_version = @version, content_hash = @hash, answers = {dialect.Json("@answers")}, revision = revision + 1, "
                    + "updated_at = @now, expires_at = @expires "
                    + "WHERE tenant_id = @tenant AND id = @id AND revision = @expectedRevision AND submission_id IS NULL",
                    new { tenant, id, version = newVersion, hash, answers = stored, expectedRevision, now = dialect.Time(now), expires = dialect.Time(expires) })
                    .ConfigureAwait(false);
                if (changed != 1)
                {
                    throw new InvalidOperationException($"Draft {id} changed while it was locked for migration.");
                }

                var fields = migration.Fields;
                await AuditChain.AppendAsync(unit, dialect, tenant, now, "draft.migrated", id,
                    JsonSerializer.Serialize(new
                    {
                        from = draft.FormVersion,
                        to = newVersion,
                        revision = expectedRevision + 1,
                        carried = fields.Count(f => f.Kind == FieldMigrationKind.Carried),
                        renamed = fields.Count(f => f.Kind == FieldMigrationKind.Renamed),
                        dropped = fields.Count(f => f.Kind == FieldMigrationKind.Dropped),
                        notCarried = fields.Count(f => f.Kind == FieldMigrationKind.NotCarried),
                    })).ConfigureAwait(false);
                var migrated = draft with
                {
                    FormVersion = newVersion, ContentHash = hash, Answers = JsonText.Parse(answers), Revision = expectedRevision + 1,
                    UpdatedAt = now, ExpiresAt = expires,
                };
                return new DraftMigrateResult(DraftMigrateOutcome.Migrated, migrated.Revision, migrated, fields);
            },
            cancellationToken).ConfigureAwait(false);
    }

    private static DraftMigrateResult Refused(DraftMigrateOutcome outcome, long revision) => new(outcome, revision, null, []);

    /// <summary>A published package from its stored files; a stored package that no longer loads is a fault, not a refusal.</summary>
    private static FormPackage LoadStored(Row row, string name)
    {
        var files = JsonSerializer.Deserialize<Dictionary<string, string>>(row.Text("files")) ?? [];
        return FormPackageLoader.LoadFromFiles(files, name, new DiagnosticBag())
            ?? throw new InvalidOperationException($"The stored form {name} cannot be loaded.");
    }
}
