namespace Perizinan.Storage.Submissions;

/// <summary>The result of <see cref="ISubmissionStore.SubmitAsync"/>.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="Submission">The submission (new or the first one), else <c>null</c>.</param>
/// <param name="CurrentRevision">The draft's revision (on a conflict, the one to evaluate again), 0 when not found.</param>
public sealed record SubmitResult(SubmitOutcome Outcome, Submission? Submission, long CurrentRevision);
