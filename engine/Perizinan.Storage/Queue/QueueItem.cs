namespace Perizinan.Storage.Queue;

/// <summary>A queue item: one submission to deliver to one destination. Immutable snapshot.</summary>
/// <param name="Id">Its id: the idempotency key of its deliveries.</param>
/// <param name="TenantId">The tenant (Pemda) whose submission it is.</param>
/// <param name="SubmissionId">The submission to deliver.</param>
/// <param name="Destination">The destination's configuration name.</param>
/// <param name="Status">Where it is.</param>
/// <param name="Attempts">Failed attempts so far.</param>
/// <param name="NextAttemptAt">When it is due (UTC).</param>
/// <param name="LeasedBy">The worker holding or last holding a lease, or <c>null</c>.</param>
/// <param name="LeasedUntil">When that lease ends (UTC), or <c>null</c>.</param>
/// <param name="LastError">The last delivery error, or <c>null</c>.</param>
/// <param name="CreatedAt">When it was enqueued (UTC).</param>
/// <param name="UpdatedAt">When it last changed (UTC).</param>
public sealed record QueueItem(
    Guid Id,
    string TenantId,
    Guid SubmissionId,
    string Destination,
    QueueItemStatus Status,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    string? LeasedBy,
    DateTimeOffset? LeasedUntil,
    string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
