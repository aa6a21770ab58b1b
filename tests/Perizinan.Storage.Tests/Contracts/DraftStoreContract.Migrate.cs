using System.Text.Json.Nodes;
using Perizinan.Engine.Migration;
using Perizinan.Storage.Drafts;

namespace Perizinan.Storage.Tests.Contracts;

/// <summary>Drafts moving to a newer version of their form: one transaction, refused cases change nothing.</summary>
public abstract partial class DraftStoreContract
{
    [SkippableFact]
    public async Task Migrate_DeclaredNewerVersion_RepinnedWithMigratedAnswersAsNextRevision()
    {
        var tenant = await TenantWithFormAsync();
        await PublishAsync(tenant, NewerReklame("1.1.0", "1.0.x"));
        var draft = await NewDraftAsync(tenant, """{"reklame": {"materi": "Promo akhir tahun"}, "pemohon": {"nama": "Budi Santoso"}, "lama": 1}""");
        Time.Advance(TimeSpan.FromMinutes(3));

        var result = await tenant.Drafts.MigrateAsync(draft.Id, 1, "1.1.0");

        Assert.Equal(DraftMigrateOutcome.Migrated, result.Outcome);
        Assert.Equal(2, result.Revision);
        // PostgreSQL's jsonb keeps keys in its own order, so the report (in the order of the answers) is compared as a set.
        Assert.Equal(
            [("lama", FieldMigrationKind.NotCarried), ("pemohon.nama", FieldMigrationKind.Carried), ("reklame.materi", FieldMigrationKind.Renamed)],
            result.Fields.Select(f => (f.Path, f.Kind)).OrderBy(f => f.Path, StringComparer.Ordinal));
        var loaded = (await tenant.Drafts.GetAsync(draft.Id))!;
        Assert.Equal(("1.1.0", 2L), (loaded.FormVersion, loaded.Revision));
        Assert.Equal((await tenant.Forms.GetAsync("izin-reklame", "1.1.0"))!.Form.ContentHash, loaded.ContentHash);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"reklame": {"isi": "Promo akhir tahun"}, "pemohon": {"nama": "Budi Santoso"}}"""),
            JsonNode.Parse(loaded.Answers.GetRawText())), loaded.Answers.GetRawText());
        Assert.Equal(Time.GetUtcNow(), loaded.UpdatedAt);
        Assert.Equal(Time.GetUtcNow() + Fixture.Options.DraftLifetime, loaded.ExpiresAt);
        Assert.Equal((loaded.FormVersion, loaded.ContentHash, loaded.Revision), (result.Draft!.FormVersion, result.Draft.ContentHash, result.Draft.Revision));
        var audit = (await tenant.Audit.ListAsync())[^1];
        Assert.Equal(("draft.migrated", draft.Id.ToString()), (audit.Action, audit.Subject));
        Assert.Contains("\"from\":\"1.0.0\",\"to\":\"1.1.0\"", audit.DetailJson, StringComparison.Ordinal);
        Assert.True((await tenant.Audit.VerifyAsync()).Intact);
        Assert.Equal(DraftSaveOutcome.Saved, (await tenant.Drafts.SaveAsync(draft.Id, 2, Json("""{"reklame": {"isi": "Baru"}}"""))).Outcome);
    }

    [SkippableFact]
    public async Task Migrate_StaleRevision_ConflictAndNothingChanged()
    {
        var tenant = await TenantWithFormAsync();
        await PublishAsync(tenant, NewerReklame("1.1.0", "1.0.0"));
        var draft = await NewDraftAsync(tenant, """{"reklame": {"materi": "A"}}""");
        Assert.Equal(DraftSaveOutcome.Saved, (await tenant.Drafts.SaveAsync(draft.Id, 1, Json("""{"reklame": {"materi": "B"}}"""))).Outcome);
        var auditBefore = (await tenant.Audit.ListAsync()).Count;

        var stale = await tenant.Drafts.MigrateAsync(draft.Id, 1, "1.1.0");

        Assert.Equal(new DraftMigrateResult(DraftMigrateOutcome.Conflict, 2, null, []).Outcome, stale.Outcome);
        Assert.Equal(2, stale.Revision);
        Assert.Null(stale.Draft);
        var loaded = (await tenant.Drafts.GetAsync(draft.Id))!;
        Assert.Equal(("1.0.0", 2L, "B"), (loaded.FormVersion, loaded.Revision, loaded.Answers.GetProperty("reklame").GetProperty("materi").GetString()));
        Assert.Equal(auditBefore, (await tenant.Audit.ListAsync()).Count);
        Assert.Equal(DraftMigrateOutcome.NotFound, (await tenant.Drafts.MigrateAsync(Guid.NewGuid(), 1, "1.1.0")).Outcome);
    }

    [SkippableFact]
    public async Task Migrate_UndeclaredSourceVersion_NotDeclaredAndNothingChanged()
    {
        var tenant = await TenantWithFormAsync();
        await PublishAsync(tenant, NewerReklame("1.2.0", ">=0.1.0 <1.0.0"));
        var draft = await NewDraftAsync(tenant, """{"reklame": {"materi": "A"}}""");

        var result = await tenant.Drafts.MigrateAsync(draft.Id, 1, "1.2.0");

        Assert.Equal((DraftMigrateOutcome.NotDeclared, 1L), (result.Outcome, result.Revision));
        Assert.Empty(result.Fields);
        var loaded = (await tenant.Drafts.GetAsync(draft.Id))!;
        Assert.Equal(("1.0.0", draft.ContentHash, 1L), (loaded.FormVersion, loaded.ContentHash, loaded.Revision));
    }

    [SkippableFact]
    public async Task Migrate_RetiredUnknownOrNotNewerTarget_RefusedAndNothingChanged()
    {
        var tenant = await TenantWithFormAsync();
        await PublishAsync(tenant, NewerReklame("1.1.0", "1.0.x"));
        Assert.True(await tenant.Forms.RetireAsync("izin-reklame", "1.1.0"));
        var draft = await NewDraftAsync(tenant, """{"reklame": {"materi": "A"}}""");

        Assert.Equal(DraftMigrateOutcome.FormRetired, (await tenant.Drafts.MigrateAsync(draft.Id, 1, "1.1.0")).Outcome);
        Assert.Equal(DraftMigrateOutcome.FormNotFound, (await tenant.Drafts.MigrateAsync(draft.Id, 1, "9.9.9")).Outcome);
        Assert.Equal(DraftMigrateOutcome.NotNewer, (await tenant.Drafts.MigrateAsync(draft.Id, 1, "1.0.0")).Outcome);
        var loaded = (await tenant.Drafts.GetAsync(draft.Id))!;
        Assert.Equal(("1.0.0", 1L), (loaded.FormVersion, loaded.Revision));
    }

    [SkippableFact]
    public async Task Migrate_SubmittedDraft_AlreadySubmitted()
    {
        var tenant = await TenantWithFormAsync();
        await PublishAsync(tenant, NewerReklame("1.1.0", "1.0.x"));
        var draft = await NewDraftAsync(tenant, """{"reklame": {"materi": "A"}}""");
        Assert.Equal(Submissions.SubmitOutcome.Submitted, (await tenant.Submissions.SubmitAsync(Request(draft))).Outcome);

        var result = await tenant.Drafts.MigrateAsync(draft.Id, 1, "1.1.0");

        Assert.Equal(DraftMigrateOutcome.AlreadySubmitted, result.Outcome);
    }
}
