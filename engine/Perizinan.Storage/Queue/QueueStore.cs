using System.Text.Json;
using Perizinan.Storage.Audit;
using Perizinan.Storage.Sql;
using Perizinan.Storage.Submissions;

namespace Perizinan.Storage.Queue;

/// <summary>The SQL queue as workers see it, across tenants (see <see cref="IQueueStore"/>).</summary>
internal sealed class QueueStore(Database database) : IQueueStore
{
    public async Task<IReadOnlyList<QueueLease>> LeaseAsync(string workerId, string? destination, int max, TimeSpan leaseDuration, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(workerId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(leaseDuration, TimeSpan.Zero);
        var dialect = database.Dialect;
        var now = database.Now();
        var token = Guid.NewGuid();
        var rows = await database.InTransactionAsync(
            unit => unit.QueryAsync(
                dialect.Lease(destination is not null),
                new { worker = workerId, token = Ids.Text(token), until = dialect.Time(now + leaseDuration), now = dialect.Time(now), destination, max }),
            cancellationToken).ConfigureAwait(false);
        return rows.Select(r => new QueueLease(QueueRows.Read(r), token)).OrderBy(l => l.Item.NextAttemptAt).ThenBy(l => l.Item.Id).ToList();
    }

    public Task<QueueOutcome> AckAsync(Guid itemId, Guid leaseToken, CancellationToken cancellationToken = default)
    {
        var dialect = database.Dialect;
        var now = database.Now();
        return database.InTransactionAsync(
            async unit =>
            {
                var (outcome, item) = await HeldAsync(unit, itemId, leaseToken).ConfigureAwait(false);
                if (item is null)
                {
                    return outcome;
                }

                await unit.ExecuteAsync(
                    "UPDATE queue_items SET status = 'delivered', lease_token = NULL, leased_until = NULL, updated_at = @now WHERE id = @id",
                    new { id = Ids.Text(itemId), now = dialect.Time(now) }).ConfigureAwait(false);
                await StatusHistory.AddAsync(unit, dialect, item.TenantId, Ids.Text(item.SubmissionId), SubmissionStatus.Delivered, item.Destination, null, now).ConfigureAwait(false);
                await AuditChain.AppendAsync(unit, dialect, item.TenantId, now, "queue.delivered", Ids.Text(itemId),
                    JsonSerializer.Serialize(new { submission = item.SubmissionId, destination = item.Destination, worker = item.LeasedBy })).ConfigureAwait(false);
                return QueueOutcome.Done;
            },
            cancellationToken);
    }

    public Task<FailResult> FailAsync(Guid itemId, Guid leaseToken, string error, DateTimeOffset nextAttemptAt, int maxAttempts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxAttempts);
        var dialect = database.Dialect;
        var now = database.Now();
        return database.InTransactionAsync(
            async unit =>
            {
                var (outcome, item) = await HeldAsync(unit, itemId, leaseToken).ConfigureAwait(false);
                if (item is null)
                {
                    return new FailResult(outcome, 0, false);
                }

                var attempts = item.Attempts + 1;
                var dead = attempts >= maxAttempts;
                await unit.ExecuteAsync(
                    "UPDATE queue_items SET status = @status, attempts = @attempts, next_attempt_at = @next, lease_token = NULL, leased_until = NULL, "
                    + "last_error = @error, updated_at = @now WHERE id = @id",
                    new
                    {
                        id = Ids.Text(itemId), status = dead ? "dead" : "pending", attempts, error,
                        next = dialect.Time(dead ? now : Clock.Truncate(nextAttemptAt)), now = dialect.Time(now),
                    }).ConfigureAwait(false);
                if (dead)
                {
                    await StatusHistory.AddAsync(unit, dialect, item.TenantId, Ids.Text(item.SubmissionId), SubmissionStatus.Failed, item.Destination, error, now).ConfigureAwait(false);
                }

                await AuditChain.AppendAsync(unit, dialect, item.TenantId, now, dead ? "queue.dead" : "queue.failed", Ids.Text(itemId),
                    JsonSerializer.Serialize(new { submission = item.SubmissionId, destination = item.Destination, attempts, error })).ConfigureAwait(false);
                return new FailResult(QueueOutcome.Done, attempts, dead);
            },
            cancellationToken);
    }

    /// <summary>Locks the item and checks that <paramref name="token"/> holds its lease.</summary>
    private async Task<(QueueOutcome Outcome, QueueItem? Item)> HeldAsync(Database.Unit unit, Guid itemId, Guid token)
    {
        var row = await unit.QuerySingleOrNullAsync(
            database.Dialect.SelectForUpdate(QueueRows.Columns, "queue_items", "id = @id"), new { id = Ids.Text(itemId) }).ConfigureAwait(false);
        if (row is not { } found)
        {
            return (QueueOutcome.NotFound, null);
        }

        var item = QueueRows.Read(found);
        return item.Status == QueueItemStatus.Pending && found.TextOrNull("lease_token") == Ids.Text(token)
            ? (QueueOutcome.Done, item)
            : (QueueOutcome.LeaseLost, null);
    }
}
