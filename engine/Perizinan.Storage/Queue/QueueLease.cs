namespace Perizinan.Storage.Queue;

/// <summary>A leased item: deliver it, then ack or fail it with <see cref="Token"/> before <see cref="QueueItem.LeasedUntil"/>.</summary>
/// <param name="Item">The item as leased.</param>
/// <param name="Token">The lease token; a later lease of the same item gets another.</param>
public sealed record QueueLease(QueueItem Item, Guid Token);
