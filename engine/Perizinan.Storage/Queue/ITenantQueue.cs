namespace Perizinan.Storage.Queue;

/// <summary>The tenant's queue items as operators see them: what is pending for a submission, dead letters, requeue. Thread-safe.</summary>
public interface ITenantQueue
{
    /// <summary>The queue items of a submission, by destination.</summary>
    Task<IReadOnlyList<QueueItem>> ListForSubmissionAsync(Guid submissionId, CancellationToken cancellationToken = default);

    /// <summary>The dead letters, oldest first, with their last error.</summary>
    Task<IReadOnlyList<QueueItem>> ListDeadLettersAsync(CancellationToken cancellationToken = default);

    /// <summary>Puts a dead letter back in the queue, due now, with its attempt count reset; writes <c>queued</c> to the history.</summary>
    Task<QueueOutcome> RequeueAsync(Guid itemId, CancellationToken cancellationToken = default);
}
