namespace Perizinan.Storage;

/// <summary>
/// Group commit of submits: concurrent <see cref="Submissions.ISubmissionStore.SubmitAsync"/> calls of every tenant
/// of one <see cref="Storage"/> are written in one transaction and made durable by one commit (one WAL sync on SQLite,
/// one WAL flush on PostgreSQL) instead of one each. It trades a little latency (a caller waits for the batch it joins)
/// for throughput under load; semantics are unchanged, and a caller's task completes only after the commit that holds its
/// submission. A plain options class, read once by <see cref="Storage.OpenAsync"/>. See <c>docs/storage.md</c>.
/// </summary>
public sealed class GroupCommitOptions
{
    /// <summary>Batches of up to 64 submits, no extra wait.</summary>
    public static GroupCommitOptions Default => new();

    /// <summary>The most submits one transaction takes (1–10,000); the rest wait for the next one.</summary>
    public int MaxBatchSize { get; set; } = 64;

    /// <summary>
    /// How long the first submit of a batch waits for others before the transaction opens (0–1 s). Zero (the default)
    /// takes whatever queued up while the previous batch was committing, which already batches under load and adds no
    /// latency when the store is idle.
    /// </summary>
    public TimeSpan MaxWait { get; set; } = TimeSpan.Zero;

    /// <summary>A checked copy.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of its range.</exception>
    internal GroupCommitOptions Checked()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBatchSize, 1, nameof(MaxBatchSize));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxBatchSize, 10_000, nameof(MaxBatchSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxWait, TimeSpan.Zero, nameof(MaxWait));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxWait, TimeSpan.FromSeconds(1), nameof(MaxWait));
        return new GroupCommitOptions { MaxBatchSize = MaxBatchSize, MaxWait = MaxWait };
    }
}
