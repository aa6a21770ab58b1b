namespace Perizinan.Storage.Audit;

/// <summary>
/// The tenant's append-only, hash-chained audit log. Each entry stores the SHA-256 of the previous entry's hash and its
/// own canonical content, so editing, removing or reordering any stored entry breaks the chain at that entry. The
/// stores append an entry for every state change in the same transaction as the change. Thread-safe.
/// </summary>
/// <remarks>
/// The chain proves the log was not altered <em>relative to its head</em>; someone with write access who rewrites every
/// later hash and the head is caught only by comparing with a head exported earlier (<see cref="AuditVerification.LastHash"/>).
/// </remarks>
public interface IAuditLog
{
    /// <summary>Appends an entry (e.g. an officer's decision) and returns it.</summary>
    /// <param name="action">What happened, a stable dotted name (<c>submission.received</c>).</param>
    /// <param name="subject">What it happened to (a draft id, a registration number).</param>
    /// <param name="detailJson">A JSON object with the details, stored and hashed exactly as given; <c>null</c> for <c>{}</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<AuditEntry> AppendAsync(string action, string subject, string? detailJson = null, CancellationToken cancellationToken = default);

    /// <summary>The entries with sequence numbers from <paramref name="fromSeq"/> on, in order, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<AuditEntry>> ListAsync(long fromSeq = 1, int max = 1000, CancellationToken cancellationToken = default);

    /// <summary>Recomputes the whole chain and reports the first entry that is missing, edited or out of place.</summary>
    Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default);
}
