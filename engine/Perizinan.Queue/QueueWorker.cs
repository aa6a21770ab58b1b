using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Perizinan.Queue.Delivery;
using Perizinan.Queue.Destinations;
using Perizinan.Storage;
using Perizinan.Storage.Queue;

namespace Perizinan.Queue;

/// <summary>
/// Moves queue items outward: leases a batch, delivers each item to its destination with the item id as idempotency
/// key, acks it on success, and on failure reports it with exponential backoff and full jitter, or as a dead letter
/// after <see cref="QueueWorkerOptions.MaxAttempts"/> or at once for a permanent failure. The store writes the
/// submission's status history (<c>delivered</c>, <c>failed</c>) in the same transaction as the ack or dead letter.
/// Delivery is at-least-once: a crash between a delivery and its ack delivers again after the lease ends.
/// One instance serves one loop (<see cref="RunAsync"/>) or sequential <see cref="RunOnceAsync"/> calls; run several
/// instances (or processes) for more throughput: leases keep them apart.
/// </summary>
public sealed partial class QueueWorker
{
    private readonly Storage.Storage _storage;
    private readonly DestinationRegistry _destinations;
    private readonly QueueWorkerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Random _random;
    private readonly Lock _randomLock = new();

    /// <summary>Makes a worker.</summary>
    /// <param name="storage">The storage whose queue it serves (every tenant).</param>
    /// <param name="destinations">The destinations by name.</param>
    /// <param name="options">Batch, lease, backoff and attempts; read once.</param>
    /// <param name="timeProvider">The clock for backoff and lease checks (the storage has its own).</param>
    /// <param name="logger">Where failures are logged; none by default.</param>
    /// <param name="random">The jitter source; pass a seeded one for repeatable tests.</param>
    public QueueWorker(Storage.Storage storage, DestinationRegistry destinations, QueueWorkerOptions options, TimeProvider timeProvider, ILogger<QueueWorker>? logger = null, Random? random = null)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(destinations);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentException.ThrowIfNullOrEmpty(options.WorkerId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.BatchSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxParallelDeliveries);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxAttempts);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.LeaseDuration, options.LeaseMargin);
        _storage = storage;
        _destinations = destinations;
        _options = new QueueWorkerOptions
        {
            WorkerId = options.WorkerId, Destination = options.Destination, BatchSize = options.BatchSize,
            MaxParallelDeliveries = options.MaxParallelDeliveries, LeaseDuration = options.LeaseDuration, LeaseMargin = options.LeaseMargin,
            BackoffBase = options.BackoffBase, BackoffCap = options.BackoffCap, MaxAttempts = options.MaxAttempts, IdleDelay = options.IdleDelay,
        };
        _time = timeProvider;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _random = random ?? new Random();
    }

    /// <summary>This worker's id, as leases record it.</summary>
    public string WorkerId => _options.WorkerId;

    /// <summary>Called at <see cref="WorkerStep"/> points; the crash test stops the process there.</summary>
    internal Action<WorkerStep>? Probe { get; set; }

    /// <summary>
    /// Runs passes until <paramref name="cancellationToken"/> is cancelled, waiting <see cref="QueueWorkerOptions.IdleDelay"/>
    /// when a pass found nothing. Delivery and store errors are logged, never thrown; cancellation ends it quietly.
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var pass = await RunOnceAsync(cancellationToken).ConfigureAwait(false);
                if (pass.Leased > 0)
                {
                    continue;
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                WorkerLog.PassFailed(_logger, e, WorkerId, _options.IdleDelay);
            }

            try
            {
                await Task.Delay(_options.IdleDelay, _time, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>
    /// One pass: leases up to <see cref="QueueWorkerOptions.BatchSize"/> items and delivers and settles each. Delivery
    /// failures and errors settling one item are logged and counted, not thrown; a failing lease (the database is
    /// down) throws.
    /// </summary>
    public async Task<WorkerPass> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var leases = await _storage.Queue.LeaseAsync(WorkerId, _options.Destination, _options.BatchSize, _options.LeaseDuration, cancellationToken).ConfigureAwait(false);
        if (leases.Count == 0)
        {
            return new WorkerPass(0, 0, 0, 0, 0);
        }

        Probe?.Invoke(WorkerStep.AfterLease);
        var settled = new Settlement[leases.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, leases.Count),
            new ParallelOptions { MaxDegreeOfParallelism = _options.MaxParallelDeliveries, CancellationToken = cancellationToken },
            async (index, token) => settled[index] = await ProcessAsync(leases[index], token).ConfigureAwait(false)).ConfigureAwait(false);
        return new WorkerPass(
            leases.Count,
            settled.Count(s => s == Settlement.Delivered),
            settled.Count(s => s == Settlement.Retried),
            settled.Count(s => s == Settlement.DeadLettered),
            settled.Count(s => s == Settlement.Unsettled));
    }
}
