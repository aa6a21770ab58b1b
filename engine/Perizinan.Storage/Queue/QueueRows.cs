using Perizinan.Storage.Sql;

namespace Perizinan.Storage.Queue;

/// <summary>Reading queue rows and their status text.</summary>
internal static class QueueRows
{
    public const string Columns =
        "tenant_id, id, submission_id, destination, status, attempts, next_attempt_at, leased_by, lease_token, leased_until, last_error, created_at, updated_at";

    public static QueueItem Read(Row row) => new(
        row.Id("id"), row.Text("tenant_id"), row.Id("submission_id"), row.Text("destination"), Parse(row.Text("status")),
        (int)row.Long("attempts"), row.Time("next_attempt_at"), row.TextOrNull("leased_by"), row.TimeOrNull("leased_until"),
        row.TextOrNull("last_error"), row.Time("created_at"), row.Time("updated_at"));

    private static QueueItemStatus Parse(string status) => status switch
    {
        "pending" => QueueItemStatus.Pending,
        "delivered" => QueueItemStatus.Delivered,
        "dead" => QueueItemStatus.DeadLetter,
        _ => throw new InvalidOperationException($"Unknown queue item status '{status}'."),
    };
}
