namespace Perizinan.Storage.Audit;

/// <summary>The outcome of <see cref="IAuditLog.VerifyAsync"/>.</summary>
/// <param name="Intact">Whether every entry is present, in place and unedited.</param>
/// <param name="EntriesChecked">How many entries were read.</param>
/// <param name="FirstBrokenSeq">The sequence number of the first missing or altered entry; <c>null</c> when intact.</param>
/// <param name="Problem">What is wrong there, in English; <c>null</c> when intact.</param>
/// <param name="LastHash">The hash at the head of the chain (export it to detect a rewrite of the whole chain later).</param>
public sealed record AuditVerification(bool Intact, long EntriesChecked, long? FirstBrokenSeq, string? Problem, string LastHash);
