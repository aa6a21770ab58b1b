using Perizinan.Storage.Submissions;

namespace Perizinan.Host.Api.Contracts;

/// <summary>
/// A submission's public status: what a citizen sees on a status page by registration number. It holds no answers,
/// because registration numbers are sequential and therefore guessable.
/// </summary>
/// <param name="RegistrationNumber">The registration number (nomor registrasi), e.g. <c>REK-2026-000123</c>.</param>
/// <param name="FormId">The form id.</param>
/// <param name="Version">The form version.</param>
/// <param name="SubmittedAt">When it was received.</param>
/// <param name="Status">The latest status: <c>received</c>, <c>queued</c>, <c>delivered</c> or <c>failed</c>.</param>
/// <param name="History">Every status change, oldest first.</param>
public sealed record SubmissionDocument(
    string RegistrationNumber,
    string FormId,
    string Version,
    DateTimeOffset SubmittedAt,
    string Status,
    IReadOnlyList<StatusDocument> History)
{
    internal static SubmissionDocument From(Submission submission, IReadOnlyList<StatusEntry> history) => new(
        submission.RegistrationNumber,
        submission.FormId,
        submission.FormVersion,
        submission.SubmittedAt,
        Overall(history),
        history.Select(h => new StatusDocument(h.Status.ToString().ToLowerInvariant(), h.Destination, h.At)).ToList());

    /// <summary>Delivered when every destination was delivered; failed when any failed; otherwise the latest step.</summary>
    private static string Overall(IReadOnlyList<StatusEntry> history)
    {
        var latestPerDestination = history.Where(h => h.Destination is not null)
            .GroupBy(h => h.Destination, StringComparer.Ordinal)
            .Select(g => g.Last().Status)
            .ToList();
        if (latestPerDestination.Count == 0)
        {
            return "received";
        }

        return latestPerDestination.Contains(SubmissionStatus.Failed) ? "failed"
            : latestPerDestination.All(s => s == SubmissionStatus.Delivered) ? "delivered"
            : "queued";
    }
}
