using System.Data.Common;
using Dapper;
using Perizinan.Storage.Drafts;
using Perizinan.Storage.Submissions;
using Perizinan.Storage.Submissions.GroupCommit;
using Perizinan.Storage.Tests.Providers;

namespace Perizinan.Storage.Tests.Contracts;

/// <summary>
/// Group commit keeps submit's semantics: every caller gets its own result, numbers stay unique and gap-free, a draft is
/// submitted once, the audit chain stays intact, and one failing submit does not fail the others of its batch. Batches
/// are built by hand (<see cref="GroupCommitBatch"/>) where a test needs to know what shares a transaction.
/// </summary>
public abstract class GroupCommitContract(ProviderFixture fixture) : StoreContract(fixture)
{
    [SkippableFact]
    public async Task Submit_ManyConcurrentCallers_EachOwnSubmissionNumbersGapFree()
    {
        var storage = await OpenWithGroupCommitAsync(new GroupCommitOptions { MaxBatchSize = 16, MaxWait = TimeSpan.FromMilliseconds(5) });
        var tenant = storage.ForTenant((await TenantWithFormAsync()).TenantId);
        var drafts = new List<Draft>();
        for (var i = 0; i < 60; i++)
        {
            drafts.Add(await NewDraftAsync(tenant, $$"""{"n": {{i}}}"""));
        }

        var results = await Task.WhenAll(drafts.Select(d => Task.Run(() => tenant.Submissions.SubmitAsync(Request(d, "back-office", "pusat-data")))));

        Assert.All(results, r => Assert.Equal(SubmitOutcome.Submitted, r.Outcome));
        Assert.Equal(drafts.Select(d => d.Id), results.Select(r => r.Submission!.DraftId));
        Assert.All(drafts.Zip(results), p => Assert.Equal(p.First.Answers.GetProperty("n").GetInt32(), p.Second.Submission!.Answers.GetProperty("n").GetInt32()));
        var year = Time.GetUtcNow().Year;
        Assert.Equal(Enumerable.Range(1, 60).Select(n => $"REK-{year}-{n:D6}"), results.Select(r => r.Submission!.RegistrationNumber).Order(StringComparer.Ordinal));
        foreach (var result in results)
        {
            AssertSameSubmission(result.Submission, await tenant.Submissions.GetAsync(result.Submission!.Id));
            Assert.Equal(2, (await tenant.Queue.ListForSubmissionAsync(result.Submission.Id)).Count);
            Assert.Equal(3, (await tenant.Submissions.GetHistoryAsync(result.Submission.Id)).Count);
        }

        var audit = await tenant.Audit.VerifyAsync();
        Assert.True(audit.Intact, audit.Problem);
        Assert.Equal(60, (await tenant.Audit.ListAsync()).Count(e => e.Action == "submission.received"));
        Assert.Equal(60, storage.GroupCommit!.Submits);
    }

    [SkippableFact]
    public async Task Batch_DuplicatesOfOneDraftConflictAndMissing_EachItsOwnOutcome()
    {
        var tenant = await TenantWithFormAsync();
        var first = await NewDraftAsync(tenant);
        var second = await NewDraftAsync(tenant);
        var stale = await NewDraftAsync(tenant);
        var untouched = await NewDraftAsync(tenant);
        await tenant.Drafts.SaveAsync(stale.Id, stale.Revision, Json("""{"x": 1}"""));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var batch = new[]
        {
            Pending(tenant, Request(first, "back-office")),
            Pending(tenant, Request(second, "back-office")),
            Pending(tenant, Request(first, "back-office")),
            Pending(tenant, Request(stale, "back-office")),
            Pending(tenant, Request(first with { Id = Guid.NewGuid() }, "back-office")),
            Pending(tenant, Request(first, "back-office")),
            new PendingSubmit(SubmitCommand.From(tenant.TenantId, Request(untouched, "back-office")), cancelled.Token),
        };

        await GroupCommitBatch.RunAsync(Storage.SubmitWriter, batch);

        Assert.Equal(
            [SubmitOutcome.Submitted, SubmitOutcome.Submitted, SubmitOutcome.AlreadySubmitted, SubmitOutcome.Conflict, SubmitOutcome.DraftNotFound, SubmitOutcome.AlreadySubmitted],
            batch.Take(6).Select(p => p.Task.Result.Outcome));
        AssertSameSubmission(batch[0].Task.Result.Submission, batch[2].Task.Result.Submission);
        AssertSameSubmission(batch[0].Task.Result.Submission, batch[5].Task.Result.Submission);
        var year = Time.GetUtcNow().Year;
        Assert.Equal([$"REK-{year}-000001", $"REK-{year}-000002"], batch.Take(2).Select(p => p.Task.Result.Submission!.RegistrationNumber));
        Assert.Single(await tenant.Queue.ListForSubmissionAsync(batch[0].Task.Result.Submission!.Id));
        Assert.Equal(2, batch[3].Task.Result.CurrentRevision);
        Assert.True(batch[6].Task.IsCanceled);
        Assert.Null((await tenant.Drafts.GetAsync(untouched.Id))!.SubmissionId);
        Assert.True((await tenant.Audit.VerifyAsync()).Intact);
    }

    [SkippableFact]
    public async Task Batch_OneFailingSubmit_OthersCommittedNumbersStayGapFree()
    {
        var tenant = await TenantWithFormAsync();
        var poison = "poison-" + Guid.NewGuid().ToString("N")[..8];
        await PoisonDestinationAsync(poison);
        var drafts = new List<Draft>();
        for (var i = 0; i < 4; i++)
        {
            drafts.Add(await NewDraftAsync(tenant));
        }

        var batch = new[]
        {
            Pending(tenant, Request(drafts[0], "back-office")),
            Pending(tenant, Request(drafts[1], "back-office", poison)),
            Pending(tenant, Request(drafts[2], "back-office")),
        };

        await GroupCommitBatch.RunAsync(Storage.SubmitWriter, batch);

        var year = Time.GetUtcNow().Year;
        Assert.Equal($"REK-{year}-000001", batch[0].Task.Result.Submission!.RegistrationNumber);
        Assert.Equal($"REK-{year}-000002", batch[2].Task.Result.Submission!.RegistrationNumber);
        await Assert.ThrowsAnyAsync<DbException>(() => batch[1].Task);
        Assert.Null((await tenant.Drafts.GetAsync(drafts[1].Id))!.SubmissionId);
        var next = await tenant.Submissions.SubmitAsync(Request(drafts[3], "back-office"));
        Assert.Equal($"REK-{year}-000003", next.Submission!.RegistrationNumber);
        var audit = await tenant.Audit.VerifyAsync();
        Assert.True(audit.Intact, audit.Problem);
        Assert.Equal(3, (await tenant.Audit.ListAsync()).Count(e => e.Action == "submission.received"));
    }

    [SkippableFact]
    public async Task Open_GroupCommitOutOfRange_Refused()
    {
        Fixture.Require();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => OpenWithGroupCommitAsync(new GroupCommitOptions { MaxBatchSize = 0 }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => OpenWithGroupCommitAsync(new GroupCommitOptions { MaxWait = TimeSpan.FromSeconds(-1) }));
    }

    private static PendingSubmit Pending(ITenantStorage tenant, SubmissionRequest request) =>
        new(SubmitCommand.From(tenant.TenantId, request), CancellationToken.None);

    private Task<Storage> OpenWithGroupCommitAsync(GroupCommitOptions groupCommit)
    {
        var options = Fixture.WithKeys("a", ("a", ProviderFixture.KeyA));
        options.GroupCommit = groupCommit;
        return Storage.OpenAsync(options, Time);
    }

    /// <summary>A trigger that makes any queue item for <paramref name="destination"/> fail, as a database error would.</summary>
    private async Task PoisonDestinationAsync(string destination)
    {
        var name = destination.Replace('-', '_');
        var sql = Fixture.Options.Provider switch
        {
            StorageProvider.Sqlite =>
                $"CREATE TRIGGER {name} BEFORE INSERT ON queue_items WHEN NEW.destination = '{destination}' BEGIN SELECT RAISE(ABORT, 'poisoned destination'); END;",
            StorageProvider.PostgreSql =>
                $"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.destination = '{destination}' THEN "
                + $"RAISE EXCEPTION 'poisoned destination'; END IF; RETURN NEW; END $$; "
                + $"CREATE TRIGGER {name} BEFORE INSERT ON queue_items FOR EACH ROW EXECUTE FUNCTION {name}();",
            _ => $"CREATE TRIGGER {name} ON queue_items AFTER INSERT AS IF EXISTS (SELECT 1 FROM inserted WHERE destination = '{destination}') "
                + "THROW 50000, 'poisoned destination', 1;",
        };
        await using DbConnection connection = await Fixture.Raw.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync(sql);
    }
}
