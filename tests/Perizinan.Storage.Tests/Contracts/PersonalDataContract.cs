using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Perizinan.Storage.Drafts;
using Perizinan.Storage.Sql;
using Perizinan.Storage.Submissions;
using Perizinan.Storage.Tests.Providers;

namespace Perizinan.Storage.Tests.Contracts;

/// <summary>
/// Personal fields (<c>"x-pii": true</c>; in izin-reklame <c>pemohon.*</c> and <c>kuasa.nama</c>/<c>kuasa.nik</c>) are
/// encrypted in the rows and read back intact; rotation; values moved to another field or tenant do not decrypt.
/// </summary>
public abstract class PersonalDataContract(ProviderFixture fixture) : StoreContract(fixture)
{
    private const string Nik = "3174062110790004";
    private const string Answers = $$$"""{"pemohon": {"nik": "{{{Nik}}}", "nama": "Budi Santoso"}, "papan": {"jumlah": 2}}""";

    [SkippableFact]
    public async Task Draft_PersonalFields_AreEncryptedInTheRow_AndLoadIntact()
    {
        var tenant = await TenantWithFormAsync();
        var draft = await NewDraftAsync(tenant, Answers);

        var raw = await RawAnswersAsync("drafts", tenant.TenantId, draft.Id);
        Assert.DoesNotContain(Nik, raw, StringComparison.Ordinal);
        Assert.DoesNotContain("Budi", raw, StringComparison.Ordinal);
        Assert.Contains("enc:v1:a:", raw, StringComparison.Ordinal);
        Assert.Equal(2, JsonNode.Parse(raw)!["papan"]!["jumlah"]!.GetValue<int>());

        var loaded = await tenant.Drafts.GetAsync(draft.Id);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Answers), JsonNode.Parse(loaded!.Answers.GetRawText())), loaded.Answers.GetRawText());

        var saved = await tenant.Drafts.SaveAsync(draft.Id, draft.Revision, Json("""{"kuasa": {"nik": "3174060512150007"}}"""));
        Assert.Equal(DraftSaveOutcome.Saved, saved.Outcome);
        Assert.DoesNotContain("3174060512150007", await RawAnswersAsync("drafts", tenant.TenantId, draft.Id), StringComparison.Ordinal);
        Assert.Equal("3174060512150007", (await tenant.Drafts.GetAsync(draft.Id))!.Answers.GetProperty("kuasa").GetProperty("nik").GetString());
    }

    [SkippableFact]
    public async Task Migrate_PersonalFields_ReadWithTheOldVersionAndEncryptedForTheNewOne()
    {
        var tenant = await TenantWithFormAsync();
        await PublishAsync(tenant, NewerReklame("1.1.0", "1.0.0"));
        var draft = await NewDraftAsync(tenant, Answers);

        var migrated = await tenant.Drafts.MigrateAsync(draft.Id, draft.Revision, "1.1.0");

        Assert.Equal(DraftMigrateOutcome.Migrated, migrated.Outcome);
        var raw = await RawAnswersAsync("drafts", tenant.TenantId, draft.Id);
        Assert.DoesNotContain(Nik, raw, StringComparison.Ordinal);
        Assert.DoesNotContain("Budi", raw, StringComparison.Ordinal);
        var loaded = (await tenant.Drafts.GetAsync(draft.Id))!;
        Assert.Equal("1.1.0", loaded.FormVersion);
        Assert.Equal(Nik, loaded.Answers.GetProperty("pemohon").GetProperty("nik").GetString());
        Assert.Equal("Budi Santoso", loaded.Answers.GetProperty("pemohon").GetProperty("nama").GetString());
    }

    [SkippableFact]
    public async Task Submission_PersonalFields_AreEncryptedInTheRow_AndLoadIntact()
    {
        var tenant = await TenantWithFormAsync();
        var draft = await NewDraftAsync(tenant, Answers);
        var result = await tenant.Submissions.SubmitAsync(Request(draft));
        Assert.Equal(SubmitOutcome.Submitted, result.Outcome);

        var raw = await RawAnswersAsync("submissions", tenant.TenantId, result.Submission!.Id);
        Assert.DoesNotContain(Nik, raw, StringComparison.Ordinal);
        Assert.Contains("enc:v1:a:", raw, StringComparison.Ordinal);
        Assert.Equal(Nik, result.Submission.Answers.GetProperty("pemohon").GetProperty("nik").GetString());
        AssertSameSubmission(result.Submission, await tenant.Submissions.GetAsync(result.Submission.Id));
    }

    [SkippableFact]
    public async Task Rotation_OldKeyStillReads_NewWritesUseTheCurrentKey()
    {
        var tenant = await TenantWithFormAsync();
        var underA = await NewDraftAsync(tenant, Answers);

        var rotated = (await Storage.OpenAsync(Fixture.WithKeys("b", ("a", ProviderFixture.KeyA), ("b", ProviderFixture.KeyB)), Time)).ForTenant(tenant.TenantId);
        Assert.Equal(Nik, (await rotated.Drafts.GetAsync(underA.Id))!.Answers.GetProperty("pemohon").GetProperty("nik").GetString());

        var underB = await NewDraftAsync(rotated, Answers);
        var raw = await RawAnswersAsync("drafts", tenant.TenantId, underB.Id);
        Assert.Contains("enc:v1:b:", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("enc:v1:a:", raw, StringComparison.Ordinal);
        Assert.Equal(Nik, (await rotated.Drafts.GetAsync(underB.Id))!.Answers.GetProperty("pemohon").GetProperty("nik").GetString());

        // A process that was not given key b cannot read it, and says which key is missing.
        var error = await Assert.ThrowsAsync<CryptographicException>(() => tenant.Drafts.GetAsync(underB.Id));
        Assert.Contains("\"b\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("pemohon.nik", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ValueMovedToAnotherField_DoesNotDecrypt()
    {
        var tenant = await TenantWithFormAsync();
        var draft = await NewDraftAsync(tenant, Answers);
        var raw = JsonNode.Parse(await RawAnswersAsync("drafts", tenant.TenantId, draft.Id))!;
        var cipher = raw["pemohon"]!["nik"]!.GetValue<string>();
        raw["kuasa"] = new JsonObject { ["nik"] = cipher };
        await WriteRawAnswersAsync("drafts", tenant.TenantId, draft.Id, raw.ToJsonString());

        var error = await Assert.ThrowsAsync<CryptographicException>(() => tenant.Drafts.GetAsync(draft.Id));
        Assert.Contains("kuasa.nik", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ValueMovedToAnotherTenant_DoesNotDecrypt()
    {
        var first = await TenantWithFormAsync();
        var second = await TenantWithFormAsync();
        var mine = await NewDraftAsync(first, Answers);
        var theirs = await NewDraftAsync(second, "{}");
        await WriteRawAnswersAsync("drafts", second.TenantId, theirs.Id, await RawAnswersAsync("drafts", first.TenantId, mine.Id));

        await Assert.ThrowsAsync<CryptographicException>(() => second.Drafts.GetAsync(theirs.Id));
        Assert.NotNull(await first.Drafts.GetAsync(mine.Id));
    }

    [SkippableFact]
    public async Task ClearValuesWrittenBeforeKeys_StillRead()
    {
        var tenant = await TenantWithFormAsync();
        var clear = (await Storage.OpenAsync(Fixture.WithKeys(null), Time)).ForTenant(tenant.TenantId);
        var draft = await NewDraftAsync(clear, Answers);
        Assert.Contains(Nik, await RawAnswersAsync("drafts", tenant.TenantId, draft.Id), StringComparison.Ordinal);

        Assert.Equal(Nik, (await tenant.Drafts.GetAsync(draft.Id))!.Answers.GetProperty("pemohon").GetProperty("nik").GetString());
    }

    [SkippableTheory]
    [InlineData("c", "a", "AAAA", "32 bytes")]
    [InlineData(null, "a", null, "CurrentPersonalDataKeyId")]
    [InlineData("z", "a", null, "\"z\"")]
    public async Task Open_BadKeys_IsRefusedClearly(string? current, string id, string? key, string expected)
    {
        Fixture.Require();
        var options = Fixture.WithKeys(current, (id, key ?? ProviderFixture.KeyA));
        if (current == "c")
        {
            options.PersonalDataKeys["c"] = key!;
        }

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Storage.OpenAsync(options, Time));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ProviderFixture.KeyA, error.Message, StringComparison.Ordinal);
    }

    private Task<string> RawAnswersAsync(string table, string tenant, Guid id) =>
        Fixture.Raw.ReadAsync(
            unit => unit.ScalarAsync<string>($"SELECT answers FROM {table} WHERE tenant_id = @tenant AND id = @id", new { tenant, id = Ids.Text(id) }),
            CancellationToken.None);

    private Task WriteRawAnswersAsync(string table, string tenant, Guid id, string answers)
    {
        var database = Fixture.Raw;
        return database.InTransactionAsync(
            unit => unit.ExecuteAsync(
                $"UPDATE {table} SET answers = {database.Dialect.Json("@answers")} WHERE tenant_id = @tenant AND id = @id",
                new { tenant, id = Ids.Text(id), answers }),
            CancellationToken.None);
    }
}
