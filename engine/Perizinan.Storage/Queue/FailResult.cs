namespace Perizinan.Storage.Queue;

/// <summary>The result of <see cref="IQueueStore.FailAsync"/>.</summary>
/// <param name="Outcome"><see cref="QueueOutcome.Done"/>, <see cref="QueueOutcome.NotFound"/> or <see cref="QueueOutcome.LeaseLost"/>.</param>
/// <param name="Attempts">The failed attempts now.</param>
/// <param name="DeadLettered">Whether the item became a dead letter.</param>
public sealed record FailResult(QueueOutcome Outcome, int Attempts, bool DeadLettered);
