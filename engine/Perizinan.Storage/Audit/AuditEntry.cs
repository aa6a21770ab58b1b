namespace Perizinan.Storage.Audit;

/// <summary>One audit log entry. Immutable.</summary>
/// <param name="Seq">Its position in the tenant's chain, from 1, without gaps.</param>
/// <param name="At">When it was written (UTC).</param>
/// <param name="Action">What happened (<c>draft.saved</c>, <c>queue.delivered</c>).</param>
/// <param name="Subject">What it happened to.</param>
/// <param name="DetailJson">The details, a JSON object as text.</param>
/// <param name="PreviousHash">The hash of the entry before (64 zeros for the first).</param>
/// <param name="Hash">SHA-256 (hex) of the previous hash and this entry's canonical content.</param>
public sealed record AuditEntry(long Seq, DateTimeOffset At, string Action, string Subject, string DetailJson, string PreviousHash, string Hash);
