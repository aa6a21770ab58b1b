using Perizinan.Queue.Delivery;
using Perizinan.Storage.Queue;

namespace Perizinan.Queue;

/// <summary>Delivering and settling one leased item.</summary>
public sealed partial class QueueWorker
{
    private enum Settlement
    {
        Delivered,
        Retried,
        DeadLettered,
        Unsettled,
    }

    private async Task<Settlement> ProcessAsync(QueueLease lease, CancellationToken cancellationToken)
    {
        var item = lease.Item;
        if (item.LeasedUntil is not { } until || _time.GetUtcNow() >= until - _options.LeaseMargin)
        {
            WorkerLog.LeaseEnding(_logger, WorkerId, item.Id, item.LeasedUntil);
            return Settlement.Unsettled;
        }

        var result = await DeliverAsync(item, cancellationToken).ConfigureAwait(false);
        try
        {
            if (result.Outcome == DeliveryOutcome.Delivered)
            {
                Probe?.Invoke(WorkerStep.BeforeAck);
                var acked = await _storage.Queue.AckAsync(item.Id, lease.Token, cancellationToken).ConfigureAwait(false);
                if (acked != QueueOutcome.Done)
                {
                    WorkerLog.LeaseLost(_logger, WorkerId, item.Id);
                    return Settlement.Unsettled;
                }

                WorkerLog.Delivered(_logger, WorkerId, item.Id, item.SubmissionId, item.Destination);
                return Settlement.Delivered;
            }

            return await FailAsync(lease, result, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            WorkerLog.SettleFailed(_logger, e, WorkerId, item.Id);
            return Settlement.Unsettled;
        }
    }

    private async Task<DeliveryResult> DeliverAsync(QueueItem item, CancellationToken cancellationToken)
    {
        var destination = _destinations.Find(item.Destination);
        if (destination is null)
        {
            // Retried, not dead at once: another worker may know it, or the configuration is being fixed.
            return DeliveryResult.Retry($"destination '{item.Destination}' is not configured on worker {WorkerId}");
        }

        try
        {
            var submission = await _storage.ForTenant(item.TenantId).Submissions.GetAsync(item.SubmissionId, cancellationToken).ConfigureAwait(false);
            if (submission is null)
            {
                return DeliveryResult.Permanent($"submission {item.SubmissionId} of tenant {item.TenantId} does not exist");
            }

            return await destination.DeliverAsync(new DeliveryRequest(item.Id, item.TenantId, submission, item.Attempts + 1), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            WorkerLog.DestinationThrew(_logger, e, WorkerId, item.Destination, item.Id);
            return DeliveryResult.Retry($"{e.GetType().Name}: {e.Message}");
        }
    }

    private async Task<Settlement> FailAsync(QueueLease lease, DeliveryResult result, CancellationToken cancellationToken)
    {
        var item = lease.Item;
        var permanent = result.Outcome == DeliveryOutcome.Permanent;
        var error = (permanent ? "permanent: " : string.Empty) + (result.Error ?? "failed");
        var failures = item.Attempts + 1;
        double unit;
        lock (_randomLock)
        {
            unit = _random.NextDouble();
        }

        var next = _time.GetUtcNow() + Backoff.Delay(failures, _options.BackoffBase, _options.BackoffCap, unit);
        var maxAttempts = permanent ? failures : _options.MaxAttempts;
        var failed = await _storage.Queue.FailAsync(item.Id, lease.Token, error, next, maxAttempts, cancellationToken).ConfigureAwait(false);
        if (failed.Outcome != QueueOutcome.Done)
        {
            WorkerLog.LeaseLost(_logger, WorkerId, item.Id);
            return Settlement.Unsettled;
        }

        if (failed.DeadLettered)
        {
            WorkerLog.DeadLettered(_logger, WorkerId, item.Id, item.Destination, failed.Attempts, error);
            return Settlement.DeadLettered;
        }

        WorkerLog.Retrying(_logger, WorkerId, item.Id, item.Destination, failed.Attempts, next, error);
        return Settlement.Retried;
    }
}
