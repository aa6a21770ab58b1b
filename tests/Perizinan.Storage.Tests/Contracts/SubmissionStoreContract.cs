using System.Text.Json;
using Perizinan.Rules.Diagnostics;
using Perizinan.Storage.Drafts;
using Perizinan.Storage.Queue;
using Perizinan.Storage.Submissions;
using Perizinan.Storage.Tests.Providers;

namespace Perizinan.Storage.Tests.Contracts;

/// <summary>Submit writes the submission, its queue items and history in one transaction, once per draft.</summary>
public abstract class SubmissionStoreContract(ProviderFixture fixture) : StoreContract(fixture)
{
    [SkippableFact]
    public async Task Submit_CompleteReklameScenario_WritesSubmissionQueueItemsAndHistory()
    {
        var tenant = await TenantWithFormAsync();
        var stored = (await tenant.Forms.GetAsync("izin-reklame", "1.0.0"))!;
        var diagnostics = new DiagnosticBag();
        var form = stored.Compile(diagnostics)!;
        var scenarioText = Reklame["scenarios/01-billboard-kelas1-setahun.json"];
        using var scenario = JsonDocument.Parse(scenarioText);
        var today = DateOnly.Parse(scenario.RootElement.GetProperty("today").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var draft = await NewDraftAsync(tenant, scenario.RootElement.GetProperty("answers").GetRawText(), owner: "3275011505900003");
        var pdf = await tenant.Attachments.AddAsync(draft.Id, "dokumen.ktp", "ktp.pdf", "application/pdf", new MemoryStream("%PDF-1.7 ktp"u8.ToArray()));
        draft = (await tenant.Drafts.GetAsync(draft.Id))!;

        var request = SubmissionRequest.Prepare(form, draft, today, ["back-office", "pusat-data"], out var state);
        Assert.True(request is not null, string.Join("; ", state.Errors.Select(e => e.ToString())));
        var result = await tenant.Submissions.SubmitAsync(request);

        Assert.Equal(SubmitOutcome.Submitted, result.Outcome);
        var submission = result.Submission!;
        Assert.Equal($"REK-{Time.GetUtcNow().Year}-000001", submission.RegistrationNumber);
        Assert.Equal((form.Id, form.Version, form.ContentHash), (submission.FormId, submission.FormVersion, submission.ContentHash));
        Assert.Equal([pdf!.Sha256], submission.AttachmentHashes);
        Assert.Equal(state.Total, submission.Fees.GetProperty("total").GetDecimal());
        Assert.Equal(state.Fees.Count, submission.Fees.GetProperty("lines").GetArrayLength());
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(form.Clean(draft.Answers, today), System.Text.Json.Nodes.JsonNode.Parse(submission.Answers.GetRawText())));
        AssertSameSubmission(submission, await tenant.Submissions.GetByRegistrationNumberAsync(submission.RegistrationNumber));
        var items = await tenant.Queue.ListForSubmissionAsync(submission.Id);
        Assert.Equal(["back-office", "pusat-data"], items.Select(i => i.Destination));
        Assert.All(items, i => Assert.Equal((QueueItemStatus.Pending, 0, tenant.TenantId), (i.Status, i.Attempts, i.TenantId)));
        var history = await tenant.Submissions.GetHistoryAsync(submission.Id);
        Assert.Equal(
            [(SubmissionStatus.Received, null), (SubmissionStatus.Queued, "back-office"), (SubmissionStatus.Queued, "pusat-data")],
            history.Select(h => (h.Status, h.Destination)));
        Assert.Equal(submission.Id, (await tenant.Drafts.GetAsync(draft.Id))!.SubmissionId);
        Assert.Equal(DraftSaveOutcome.AlreadySubmitted, (await tenant.Drafts.SaveAsync(draft.Id, draft.Revision, Json("{}"))).Outcome);
        Assert.Null(await tenant.Attachments.AddAsync(draft.Id, "dokumen.ktp", "x.pdf", "application/pdf", new MemoryStream([1, 2])));
    }

    [SkippableFact]
    public async Task Submit_IncompleteAnswers_PrepareRefusesWithFieldErrors()
    {
        var tenant = await TenantWithFormAsync();
        var form = (await tenant.Forms.GetAsync("izin-reklame", "1.0.0"))!.Compile(new DiagnosticBag())!;
        var draft = await NewDraftAsync(tenant, """{"pemohon": {"nik": "123"}}""");

        var request = SubmissionRequest.Prepare(form, draft, new DateOnly(2026, 11, 25), ["back-office"], out var state);

        Assert.Null(request);
        Assert.NotEmpty(state.Errors);
        Assert.Null((await tenant.Drafts.GetAsync(draft.Id))!.SubmissionId);
    }

    [SkippableFact]
    public async Task Submit_SameDraftTwiceAndConcurrently_OneSubmission()
    {
        var tenant = await TenantWithFormAsync();
        var draft = await NewDraftAsync(tenant);
        var first = await tenant.Submissions.SubmitAsync(Request(draft, "back-office"));

        var again = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => tenant.Submissions.SubmitAsync(Request(draft, "back-office")))));

        Assert.All(again, r => Assert.Equal(SubmitOutcome.AlreadySubmitted, r.Outcome));
        Assert.All(again, r => AssertSameSubmission(first.Submission, r.Submission));
        Assert.Single(await tenant.Queue.ListForSubmissionAsync(first.Submission!.Id));
        Assert.Equal(2, (await tenant.Submissions.GetHistoryAsync(first.Submission.Id)).Count);

        var other = await NewDraftAsync(tenant);
        var racing = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => tenant.Submissions.SubmitAsync(Request(other, "back-office")))));
        Assert.Single(racing, r => r.Outcome == SubmitOutcome.Submitted);
        Assert.Single(racing.Select(r => r.Submission!.Id).Distinct());
        Assert.Equal($"REK-{Time.GetUtcNow().Year}-000002", racing[0].Submission!.RegistrationNumber);
    }

    [SkippableFact]
    public async Task Submit_StaleRevision_ConflictNothingWritten()
    {
        var tenant = await TenantWithFormAsync();
        var draft = await NewDraftAsync(tenant);
        await tenant.Drafts.SaveAsync(draft.Id, 1, Json("""{"b": 2}"""));

        var result = await tenant.Submissions.SubmitAsync(Request(draft, "back-office"));

        Assert.Equal(new SubmitResult(SubmitOutcome.Conflict, null, 2), result);
        Assert.Null((await tenant.Drafts.GetAsync(draft.Id))!.SubmissionId);
        Assert.Equal(SubmitOutcome.DraftNotFound, (await tenant.Submissions.SubmitAsync(Request(draft with { Id = Guid.NewGuid() }))).Outcome);
    }

    [SkippableFact]
    public async Task Submit_ConcurrentDrafts_RegistrationNumbersUniqueAndSequential()
    {
        var tenant = await TenantWithFormAsync();
        var drafts = new List<Draft>();
        for (var i = 0; i < 24; i++)
        {
            drafts.Add(await NewDraftAsync(tenant));
        }

        var results = await Task.WhenAll(drafts.Select(d => Task.Run(() => tenant.Submissions.SubmitAsync(Request(d, "back-office")))));

        Assert.All(results, r => Assert.Equal(SubmitOutcome.Submitted, r.Outcome));
        var year = Time.GetUtcNow().Year;
        Assert.Equal(
            Enumerable.Range(1, 24).Select(n => $"REK-{year}-{n:D6}"),
            results.Select(r => r.Submission!.RegistrationNumber).Order(StringComparer.Ordinal));
        var other = await TenantWithFormAsync();
        var first = await other.Submissions.SubmitAsync(Request(await NewDraftAsync(other)));
        Assert.Equal($"REK-{year}-000001", first.Submission!.RegistrationNumber);
    }

    [SkippableFact]
    public async Task Attachments_SameBytesTwice_OneContentAddressedRecord()
    {
        var tenant = await TenantWithFormAsync();
        var draft = await NewDraftAsync(tenant);
        var bytes = "%PDF-1.7 denah"u8.ToArray();

        var first = await tenant.Attachments.AddAsync(draft.Id, "dokumen.denah_titik", "denah.pdf", "application/pdf", new MemoryStream(bytes));
        var second = await tenant.Attachments.AddAsync(draft.Id, "dokumen.denah_titik", "lagi.pdf", "application/pdf", new MemoryStream(bytes));

        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), first!.Sha256);
        Assert.Equal(first, second);
        Assert.Equal(bytes.Length, first.Size);
        Assert.Single(await tenant.Attachments.ListAsync(draft.Id));
        await using (var read = await tenant.Attachments.OpenAsync(draft.Id, first.Sha256))
        {
            using var copy = new MemoryStream();
            await read!.CopyToAsync(copy);
            Assert.Equal(bytes, copy.ToArray());
        }

        Assert.True(await tenant.Attachments.RemoveAsync(draft.Id, first.Sha256));
        Assert.Null(await tenant.Attachments.OpenAsync(draft.Id, first.Sha256));
        Assert.Null(await tenant.Attachments.AddAsync(Guid.NewGuid(), "x", "x", "x", new MemoryStream(bytes)));
    }
}
