using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Perizinan.Storage.Drafts;
using Perizinan.Storage.Tests.Providers;

namespace Perizinan.Storage.Tests.Contracts;

/// <summary>Drafts: revisions, conflicts that change nothing, resume codes, owners, expiry.</summary>
public abstract partial class DraftStoreContract(ProviderFixture fixture) : StoreContract(fixture)
{
    [SkippableFact]
    public async Task Create_Anonymous_ResumeCodeRevisionOneAndExpiry()
    {
        var tenant = await TenantWithFormAsync();

        var draft = await NewDraftAsync(tenant, """{"pemohon": {"nama": "Budi"}}""");

        Assert.Equal(1, draft.Revision);
        Assert.Null(draft.Owner);
        Assert.Matches("^[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{8}$", draft.ResumeCode);
        Assert.Equal(Time.GetUtcNow() + Fixture.Options.DraftLifetime, draft.ExpiresAt);
        var loaded = await tenant.Drafts.GetAsync(draft.Id);
        Assert.Equal("Budi", loaded!.Answers.GetProperty("pemohon").GetProperty("nama").GetString());
        Assert.Equal(draft.ContentHash, (await tenant.Forms.ListVersionsAsync("izin-reklame"))[0].ContentHash);
    }

    [SkippableFact]
    public async Task Create_UnknownForm_FormNotFound()
    {
        var tenant = await TenantWithFormAsync();

        var result = await tenant.Drafts.CreateAsync(new NewDraft("izin-reklame", "2.0.0"));

        Assert.Equal(DraftCreateOutcome.FormNotFound, result.Outcome);
    }

    [SkippableFact]
    public async Task Save_ExpectedRevision_SavedAndLoadsBack()
    {
        var tenant = await TenantWithFormAsync();
        var draft = await NewDraftAsync(tenant, owner: "3275011505900003");
        Time.Advance(TimeSpan.FromMinutes(5));

        var saved = await tenant.Drafts.SaveAsync(draft.Id, 1, Json("""{"reklame": {"materi": "Promo"}}"""));

        Assert.Equal(new DraftSaveResult(DraftSaveOutcome.Saved, 2), saved);
        var loaded = (await tenant.Drafts.GetAsync(draft.Id))!;
        Assert.Equal(2, loaded.Revision);
        Assert.Equal("Promo", loaded.Answers.GetProperty("reklame").GetProperty("materi").GetString());
        Assert.Equal(Time.GetUtcNow(), loaded.UpdatedAt);
        Assert.Equal(Time.GetUtcNow() + Fixture.Options.DraftLifetime, loaded.ExpiresAt);
        Assert.Null(loaded.ResumeCode);
    }

    [SkippableFact]
    public async Task Save_StaleRevision_ConflictWithCurrentRevisionAndDataUnchanged()
    {
        var tenant = await TenantWithFormAsync();
        var draft = await NewDraftAsync(tenant, """{"a": 1}""");
        Assert.Equal(DraftSaveOutcome.Saved, (await tenant.Drafts.SaveAsync(draft.Id, 1, Json("""{"a": 2}"""))).Outcome);

        var stale = await tenant.Drafts.SaveAsync(draft.Id, 1, Json("""{"a": 3}"""));

        Assert.Equal(new DraftSaveResult(DraftSaveOutcome.Conflict, 2), stale);
        var loaded = (await tenant.Drafts.GetAsync(draft.Id))!;
        Assert.Equal(2, loaded.Revision);
        Assert.Equal(2, loaded.Answers.GetProperty("a").GetInt32());
        Assert.Equal(DraftSaveOutcome.NotFound, (await tenant.Drafts.SaveAsync(Guid.NewGuid(), 1, Json("{}"))).Outcome);
    }

    [SkippableFact]
    public async Task Save_ConcurrentSavesOfOneDraft_ExactlyOneWinsPerRevision()
    {
        var tenant = await TenantWithFormAsync();
        var draft = await NewDraftAsync(tenant);
        for (var revision = 1; revision <= 5; revision++)
        {
            var expected = revision;
            var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(writer => Task.Run(() =>
                tenant.Drafts.SaveAsync(draft.Id, expected, Json($$"""{"writer": {{writer}}, "revision": {{expected}}}""")))));

            var winners = results.Where(r => r.Outcome == DraftSaveOutcome.Saved).ToList();
            Assert.Single(winners);
            Assert.Equal(expected + 1, winners[0].Revision);
            Assert.All(results.Where(r => r.Outcome != DraftSaveOutcome.Saved), r => Assert.Equal(new DraftSaveResult(DraftSaveOutcome.Conflict, expected + 1), r));
            var loaded = (await tenant.Drafts.GetAsync(draft.Id))!;
            Assert.Equal(expected + 1, loaded.Revision);
            Assert.Equal(expected, loaded.Answers.GetProperty("revision").GetInt32());
        }
    }

    [SkippableFact]
    public async Task FindByResumeCode_TypedLowerCaseWithDash_FindsDraft()
    {
        var tenant = await TenantWithFormAsync();
        var draft = await NewDraftAsync(tenant);
        var code = draft.ResumeCode!;

        var found = await tenant.Drafts.FindByResumeCodeAsync($" {code[..4].ToLowerInvariant()}-{code[4..]} ");

        Assert.Equal(draft.Id, found!.Id);
        Assert.Null(await tenant.Drafts.FindByResumeCodeAsync("IIII-OOOO"));
        Assert.Null(await tenant.Drafts.FindByResumeCodeAsync(code[..7]));
    }

    [SkippableFact]
    public async Task ListByOwner_TwoOwners_OnlyTheirsNewestFirst()
    {
        var tenant = await TenantWithFormAsync();
        var first = await NewDraftAsync(tenant, owner: "3275011505900003");
        Time.Advance(TimeSpan.FromSeconds(1));
        var second = await NewDraftAsync(tenant, owner: "3275011505900003");
        await NewDraftAsync(tenant, owner: "3275015505900004");

        var drafts = await tenant.Drafts.ListByOwnerAsync("3275011505900003");

        Assert.Equal([second.Id, first.Id], drafts.Select(d => d.Id));
    }

    [SkippableFact]
    public async Task PurgeExpired_AfterLifetime_RemovesOnlyExpiredUnsubmitted()
    {
        var tenant = await TenantWithFormAsync();
        var old = await NewDraftAsync(tenant);
        var submitted = await NewDraftAsync(tenant);
        Assert.Equal(Submissions.SubmitOutcome.Submitted, (await tenant.Submissions.SubmitAsync(Request(submitted))).Outcome);
        Time.Advance(Fixture.Options.DraftLifetime - TimeSpan.FromHours(1));
        var kept = await NewDraftAsync(tenant);
        Assert.Equal(0, await tenant.Drafts.PurgeExpiredAsync());

        Time.Advance(TimeSpan.FromHours(1));
        var purged = await tenant.Drafts.PurgeExpiredAsync();

        Assert.Equal(1, purged);
        Assert.Null(await tenant.Drafts.GetAsync(old.Id));
        Assert.NotNull(await tenant.Drafts.GetAsync(kept.Id));
        Assert.NotNull(await tenant.Drafts.GetAsync(submitted.Id));
        Assert.Equal(0, await tenant.Drafts.PurgeExpiredAsync());
    }

    [SkippableFact]
    public void Save_RandomAnswers_LoadsBackIdentical()
    {
        var tenant = TenantWithFormAsync().GetAwaiter().GetResult();
        var draft = NewDraftAsync(tenant).GetAwaiter().GetResult();
        var revision = draft.Revision;

        Prop.ForAll(Arb.From(AnswerObjects()), answers =>
        {
            var text = answers.ToJsonString();
            var saved = tenant.Drafts.SaveAsync(draft.Id, revision, Json(text)).GetAwaiter().GetResult();
            Assert.Equal(DraftSaveOutcome.Saved, saved.Outcome);
            revision = saved.Revision;

            var loaded = tenant.Drafts.GetAsync(draft.Id).GetAwaiter().GetResult()!;

            Assert.True(JsonNode.DeepEquals(answers, JsonNode.Parse(loaded.Answers.GetRawText())), $"saved {text}\nloaded {loaded.Answers.GetRawText()}");
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>
    /// Random answer objects: nested objects and arrays of text (any characters but NUL and lone surrogates, which
    /// PostgreSQL's jsonb cannot hold and HTTP bodies never carry), integers, decimals, booleans and nulls.
    /// </summary>
    private static Gen<JsonObject> AnswerObjects()
    {
        var text = ArbMap.Default.GeneratorFor<string>().Where(s => s is not null).Select(s => new string(s.Where(c => c != '\0' && !char.IsSurrogate(c)).ToArray()));
        var names = Gen.OneOf(Gen.Elements("pemohon", "nik", "nama", "papan", "luas", "alamat", "tanggal_mulai", "x"), text.Where(s => s.Length > 0));
        var scalar = Gen.OneOf(
            Gen.Constant<JsonNode?>(null),
            Gen.Elements<JsonNode?>(true, false),
            ArbMap.Default.GeneratorFor<long>().Select(n => (JsonNode?)n),
            Gen.Choose(-1_000_000, 1_000_000).Select(n => (JsonNode?)(n / 100m)),
            text.Select(s => (JsonNode?)s));
        return Node(names, scalar, 3).Select(n => n as JsonObject ?? new JsonObject { ["value"] = n });
    }

    private static Gen<JsonNode?> Node(Gen<string> names, Gen<JsonNode?> scalar, int depth)
    {
        if (depth == 0)
        {
            return scalar;
        }

        var inner = Node(names, scalar, depth - 1);
        var array = Gen.Choose(0, 4).SelectMany(n => Gen.ListOf(inner, n)).Select(items => (JsonNode?)new JsonArray([.. items.Select(i => i?.DeepClone())]));
        var obj = Gen.Choose(0, 5).SelectMany(n => Gen.ListOf(Gen.Zip(names, inner), n)).Select(pairs =>
        {
            var o = new JsonObject();
            foreach (var (name, value) in pairs)
            {
                o[name] = value?.DeepClone();
            }

            return (JsonNode?)o;
        });
        return depth == 3 ? obj : Gen.Frequency((3, scalar), (1, array), (2, obj));
    }
}
