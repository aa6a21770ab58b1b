using Perizinan.Storage.Drafts;
using Perizinan.Storage.Queue;
using Perizinan.Storage.Submissions;
using Perizinan.Storage.Tests.Providers;

namespace Perizinan.Storage.Tests.Contracts;

/// <summary>Tenant B can neither read nor change tenant A's forms, drafts, attachments, submissions, queue items or audit log.</summary>
public abstract class TenantIsolationContract(ProviderFixture fixture) : StoreContract(fixture)
{
    [SkippableFact]
    public async Task TenantB_TenantAsRows_CannotReadOrChange()
    {
        var destination = NewDestination();
        var (a, submission) = await SubmittedAsync(destination);
        var draftA = await NewDraftAsync(a, """{"rahasia": "A"}""", owner: "3275011505900003");
        var attachment = await a.Attachments.AddAsync(draftA.Id, "dokumen.ktp", "ktp.pdf", "application/pdf", new MemoryStream([1, 2, 3]));
        var b = await TenantWithFormAsync();
        var auditBefore = await a.Audit.VerifyAsync();

        Assert.Null(await b.Drafts.GetAsync(draftA.Id));
        Assert.Null(await b.Drafts.FindByResumeCodeAsync((await a.Drafts.GetAsync(submission.DraftId))!.ResumeCode!));
        Assert.Empty(await b.Drafts.ListByOwnerAsync("3275011505900003"));
        Assert.Equal(DraftSaveOutcome.NotFound, (await b.Drafts.SaveAsync(draftA.Id, draftA.Revision, Json("""{"rahasia": "B"}"""))).Outcome);
        Assert.Null(await b.Attachments.AddAsync(draftA.Id, "dokumen.ktp", "x.pdf", "application/pdf", new MemoryStream([9])));
        Assert.Empty(await b.Attachments.ListAsync(draftA.Id));
        Assert.Null(await b.Attachments.OpenAsync(draftA.Id, attachment!.Sha256));
        Assert.False(await b.Attachments.RemoveAsync(draftA.Id, attachment.Sha256));
        Assert.Equal(SubmitOutcome.DraftNotFound, (await b.Submissions.SubmitAsync(Request(draftA, destination))).Outcome);
        Assert.Null(await b.Submissions.GetAsync(submission.Id));
        Assert.Null(await b.Submissions.GetByRegistrationNumberAsync(submission.RegistrationNumber));
        Assert.Empty(await b.Submissions.GetHistoryAsync(submission.Id));
        Assert.Empty(await b.Queue.ListForSubmissionAsync(submission.Id));
        var itemA = Assert.Single(await a.Queue.ListForSubmissionAsync(submission.Id));
        Assert.Equal(QueueOutcome.NotFound, await b.Queue.RequeueAsync(itemA.Id));
        Assert.False(await b.Forms.RetireAsync("izin-reklame", "9.9.9"));
        Assert.Equal(0, await b.Drafts.PurgeExpiredAsync());

        var stillA = (await a.Drafts.GetAsync(draftA.Id))!;
        Assert.Equal((1L, "A"), (stillA.Revision, stillA.Answers.GetProperty("rahasia").GetString()));
        Assert.Single(await a.Attachments.ListAsync(draftA.Id));
        AssertSameSubmission(submission, await a.Submissions.GetAsync(submission.Id));
        Assert.Equal(itemA, Assert.Single(await a.Queue.ListForSubmissionAsync(submission.Id)));
        Assert.Equal(auditBefore, await a.Audit.VerifyAsync());
    }

    [SkippableFact]
    public void ForTenant_UnsafeId_Refused()
    {
        Assert.Throws<ArgumentException>(() => Storage.ForTenant("../a"));
        Assert.Throws<ArgumentException>(() => Storage.ForTenant(""));
        Assert.Throws<ArgumentException>(() => Storage.ForTenant(".."));
        Assert.Equal("default", Storage.Default.TenantId);
    }
}
