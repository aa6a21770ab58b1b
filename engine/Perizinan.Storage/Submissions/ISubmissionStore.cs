namespace Perizinan.Storage.Submissions;

/// <summary>
/// The tenant's submissions: immutable snapshots of what a citizen submitted, each with a registration number (nomor
/// registrasi) and its queue items, written together in one transaction. Thread-safe.
/// </summary>
public interface ISubmissionStore
{
    /// <summary>
    /// Submits a draft. In one transaction: locks the draft, allocates the next registration number of the form's
    /// prefix for this tenant and year, writes the submission (with the draft's attachment hashes and the pinned form
    /// id, version and content hash), one queue item per destination, and the status history (<c>received</c>, then
    /// <c>queued</c> per destination). Submitting a draft that was already submitted returns the first submission
    /// (double click, retry) and writes nothing. With <see cref="StorageOptions.GroupCommit"/> concurrent calls share one
    /// transaction and one commit, with the same results; either way the task completes after the commit.
    /// </summary>
    Task<SubmitResult> SubmitAsync(SubmissionRequest request, CancellationToken cancellationToken = default);

    /// <summary>The submission, or <c>null</c> when it does not exist in this tenant.</summary>
    Task<Submission?> GetAsync(Guid submissionId, CancellationToken cancellationToken = default);

    /// <summary>The submission with this registration number, or <c>null</c>.</summary>
    Task<Submission?> GetByRegistrationNumberAsync(string registrationNumber, CancellationToken cancellationToken = default);

    /// <summary>The submission's status history, oldest first (empty when there is no such submission in this tenant).</summary>
    Task<IReadOnlyList<StatusEntry>> GetHistoryAsync(Guid submissionId, CancellationToken cancellationToken = default);
}
