using Perizinan.Storage.Audit;
using Perizinan.Storage.Sql;
using Perizinan.Storage.Submissions;

namespace Perizinan.Storage.Queue;

/// <summary>The SQL queue of one tenant, for operators.</summary>
internal sealed class TenantQueue(Database database, string tenant) : ITenantQueue
{
    public Task<IReadOnlyList<QueueItem>> ListForSubmissionAsync(Guid submissionId, CancellationToken cancellationToken = default) =>
        ListAsync("submission_id = @submission ORDER BY destination", new { tenant, submission = Ids.Text(submissionId) }, cancellationToken);

    public Task<IReadOnlyList<QueueItem>> ListDeadLettersAsync(CancellationToken cancellationToken = default) =>
        ListAsync("status = 'dead' ORDER BY updated_at, id", new { tenant }, cancellationToken);

    public Task<QueueOutcome> RequeueAsync(Guid itemId, CancellationToken cancellationToken = default)
    {
        var dialect = database.Dialect;
        var now = database.Now();
        var id = Ids.Text(itemId);
        return database.InTransactionAsync(
            async unit =>
            {
                var row = await unit.QuerySingleOrNullAsync(
                    dialect.SelectForUpdate(QueueRows.Columns, "queue_items", "tenant_id = @tenant AND id = @id"), new { tenant, id }).ConfigureAwait(false);
                if (row is not { } found)
                {
                    return QueueOutcome.NotFound;
                }

                var item = QueueRows.Read(found);
                if (item.Status != QueueItemStatus.DeadLetter)
                {
                    return QueueOutcome.NotDeadLetter;
                }

                await unit.ExecuteAsync(
                    "UPDATE queue_items SET status = 'pending', attempts = 0, next_attempt_at = @now, leased_by = NULL, lease_token = NULL, "
                    + "leased_until = NULL, updated_at = @now WHERE tenant_id = @tenant AND id = @id",
                    new { tenant, id, now = dialect.Time(now) }).ConfigureAwait(false);
                await StatusHistory.AddAsync(unit, dialect, tenant, Ids.Text(item.SubmissionId), SubmissionStatus.Queued, item.Destination, "requeued", now).ConfigureAwait(false);
                await AuditChain.AppendAsync(unit, dialect, tenant, now, "queue.requeued", id, null).ConfigureAwait(false);
                return QueueOutcome.Done;
            },
            cancellationToken);
    }

    private Task<IReadOnlyList<QueueItem>> ListAsync(string whereAndOrder, object parameters, CancellationToken cancellationToken) =>
        database.ReadAsync(
            async unit => (IReadOnlyList<QueueItem>)(await unit.QueryAsync(
                    $"SELECT {QueueRows.Columns} FROM queue_items WHERE tenant_id = @tenant AND {whereAndOrder}", parameters).ConfigureAwait(false))
                .Select(QueueRows.Read).ToList(),
            cancellationToken);
}
