namespace Perizinan.Queue.Delivery;

/// <summary>
/// Somewhere a submission is delivered to (the back office, the central data center, a file export). Implementations
/// never throw for a failed delivery: they return a <see cref="DeliveryResult"/> that says whether to retry.
/// Must be thread-safe: a worker delivers several items at once.
/// </summary>
public interface IDestination
{
    /// <summary>The destination's configuration name, as written in the queue items.</summary>
    string Name { get; }

    /// <summary>
    /// Delivers one submission. The same <see cref="DeliveryRequest.IdempotencyKey"/> may arrive more than once
    /// (at-least-once delivery); the receiving side de-duplicates by it.
    /// </summary>
    Task<DeliveryResult> DeliverAsync(DeliveryRequest request, CancellationToken cancellationToken);
}
