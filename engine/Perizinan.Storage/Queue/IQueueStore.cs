namespace Perizinan.Storage.Queue;

/// <summary>
/// The transaction queue as workers see it. Items are only ever enqueued by
/// <see cref="Submissions.ISubmissionStore.SubmitAsync"/>. Leasing crosses tenants on purpose: one worker pool serves
/// every Pemda of a database, and each leased item carries its <see cref="QueueItem.TenantId"/>, through which the worker
/// reads the submission (<see cref="Storage.ForTenant"/>). Operators' views are per tenant (<see cref="ITenantQueue"/>).
/// Delivery is at-least-once: the item id is the idempotency key receivers de-duplicate by. Thread-safe.
/// </summary>
public interface IQueueStore
{
    /// <summary>
    /// Leases up to <paramref name="max"/> items that are due and not under a live lease (a lease that expired — its
    /// worker died — counts as none), optionally only of one destination, for <paramref name="leaseDuration"/>.
    /// Concurrent leasers never receive the same item: PostgreSQL skips locked rows (<c>FOR UPDATE SKIP LOCKED</c>),
    /// SQL Server reads past them (<c>UPDLOCK, READPAST</c>), SQLite has one writer at a time.
    /// </summary>
    Task<IReadOnlyList<QueueLease>> LeaseAsync(string workerId, string? destination, int max, TimeSpan leaseDuration, CancellationToken cancellationToken = default);

    /// <summary>Marks a leased item delivered; only the current lease holder (same token) can. Writes <c>delivered</c> to the history.</summary>
    Task<QueueOutcome> AckAsync(Guid itemId, Guid leaseToken, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records a failed delivery by the current lease holder: the attempt count goes up and the item is due again at
    /// <paramref name="nextAttemptAt"/> (the caller's backoff with jitter), or, once the count reaches
    /// <paramref name="maxAttempts"/>, it becomes a dead letter with <c>failed</c> in the history.
    /// </summary>
    Task<FailResult> FailAsync(Guid itemId, Guid leaseToken, string error, DateTimeOffset nextAttemptAt, int maxAttempts, CancellationToken cancellationToken = default);
}
