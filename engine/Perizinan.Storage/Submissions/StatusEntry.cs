namespace Perizinan.Storage.Submissions;

/// <summary>One row of a submission's status history. Immutable.</summary>
/// <param name="Status">The step.</param>
/// <param name="Destination">The destination it is about, or <c>null</c> for the submission as a whole.</param>
/// <param name="Detail">More about it (the last error of a failure), or <c>null</c>.</param>
/// <param name="At">When (UTC).</param>
public sealed record StatusEntry(SubmissionStatus Status, string? Destination, string? Detail, DateTimeOffset At);
