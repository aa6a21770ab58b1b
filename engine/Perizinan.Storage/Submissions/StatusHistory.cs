using Perizinan.Storage.Sql;

namespace Perizinan.Storage.Submissions;

/// <summary>Writes status history rows inside the caller's transaction.</summary>
internal static class StatusHistory
{
    public static Task AddAsync(Database.Unit unit, SqlDialect dialect, string tenant, string submissionId, SubmissionStatus status, string? destination, string? detail, DateTimeOffset at) =>
        unit.ExecuteAsync(
            "INSERT INTO status_history (tenant_id, submission_id, destination, status, detail, at) VALUES (@tenant, @submissionId, @destination, @status, @detail, @at)",
            new { tenant, submissionId, destination, status = Text(status), detail, at = dialect.Time(at) });

    public static string Text(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Received => "received",
        SubmissionStatus.Queued => "queued",
        SubmissionStatus.Delivered => "delivered",
        _ => "failed",
    };

    public static SubmissionStatus Parse(string text) => text switch
    {
        "received" => SubmissionStatus.Received,
        "queued" => SubmissionStatus.Queued,
        "delivered" => SubmissionStatus.Delivered,
        "failed" => SubmissionStatus.Failed,
        _ => throw new InvalidOperationException($"Unknown submission status '{text}'."),
    };
}
