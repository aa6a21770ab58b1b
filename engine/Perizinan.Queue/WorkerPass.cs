namespace Perizinan.Queue;

/// <summary>What one <see cref="QueueWorker.RunOnceAsync"/> did. Immutable.</summary>
/// <param name="Leased">Items leased.</param>
/// <param name="Delivered">Items delivered and acknowledged.</param>
/// <param name="Retried">Items that failed and are due again later.</param>
/// <param name="DeadLettered">Items that became dead letters (permanent failure or the last attempt).</param>
/// <param name="Unsettled">Items left to their lease's end: the lease was lost or about to end, or the store failed.</param>
public sealed record WorkerPass(int Leased, int Delivered, int Retried, int DeadLettered, int Unsettled);
