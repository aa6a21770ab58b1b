namespace Perizinan.Storage.Queue;

/// <summary>Where a queue item is in its life.</summary>
public enum QueueItemStatus
{
    /// <summary>Waiting for its next attempt, or leased to a worker (see <see cref="QueueItem.LeasedUntil"/>).</summary>
    Pending,

    /// <summary>Delivered and acknowledged: done.</summary>
    Delivered,

    /// <summary>Gave up after the maximum attempts: waits for an operator.</summary>
    DeadLetter,
}
