namespace Perizinan.Queue;

/// <summary>
/// How a <see cref="QueueWorker"/> leases, retries and gives up. A plain options class, read once by the worker.
/// <see cref="LeaseDuration"/> must exceed the time a batch takes to deliver (destination timeout × batch size ÷
/// <see cref="MaxParallelDeliveries"/>): the worker skips leases that are about to end rather than deliver an item
/// another worker may already hold.
/// </summary>
public sealed class QueueWorkerOptions
{
    /// <summary>Batches of 16, two-minute leases, backoff from 2 s to 10 min with full jitter, 10 attempts.</summary>
    public static QueueWorkerOptions Default => new();

    /// <summary>The worker's name in leases and logs; by default the machine name and process id.</summary>
    public string WorkerId { get; set; } = $"{Environment.MachineName}-{Environment.ProcessId}";

    /// <summary>Only this destination's items, or <c>null</c> for all.</summary>
    public string? Destination { get; set; }

    /// <summary>How many items one lease takes.</summary>
    public int BatchSize { get; set; } = 16;

    /// <summary>How many items of a batch are delivered at once.</summary>
    public int MaxParallelDeliveries { get; set; } = 4;

    /// <summary>How long a lease holds; an item whose worker died is leasable again after it.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>A lease with less than this left is not delivered (it goes back to the queue when it ends).</summary>
    public TimeSpan LeaseMargin { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The backoff before the first retry; it doubles per failed attempt (before jitter).</summary>
    public TimeSpan BackoffBase { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest backoff (before jitter).</summary>
    public TimeSpan BackoffCap { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Failed attempts after which an item becomes a dead letter.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>How long <see cref="QueueWorker.RunAsync"/> waits when there is nothing to do, or after a store error.</summary>
    public TimeSpan IdleDelay { get; set; } = TimeSpan.FromSeconds(1);
}
