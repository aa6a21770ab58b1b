namespace Perizinan.Storage.Submissions;

/// <summary>
/// What <see cref="SubmitWriter.WriteAsync"/> did inside a transaction: the caller's result, and the audit entry still
/// to append (only for a new submission). The audit head is locked last, so the caller appends it after its other writes.
/// </summary>
internal sealed record SubmitWrite(SubmitResult Result, PendingAudit? Audit);
