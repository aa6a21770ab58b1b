using Perizinan.Storage.Submissions;

namespace Perizinan.Host.Filling;

/// <summary>A submission's status in one word for the citizen, from its history.</summary>
internal static class StatusSummary
{
    /// <summary>Whether every destination the submission was queued for has it (else it is still being processed).</summary>
    public static bool Forwarded(IReadOnlyList<StatusEntry> history)
    {
        var queued = history.Where(h => h.Status == SubmissionStatus.Queued).Select(h => h.Destination).ToHashSet();
        var delivered = history.Where(h => h.Status == SubmissionStatus.Delivered).Select(h => h.Destination).ToHashSet();
        return queued.Count > 0 && queued.IsSubsetOf(delivered);
    }
}
