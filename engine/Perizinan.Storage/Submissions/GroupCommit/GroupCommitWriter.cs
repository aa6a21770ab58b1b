using System.Threading.Channels;

namespace Perizinan.Storage.Submissions.GroupCommit;

/// <summary>
/// Gathers concurrent submits of every tenant of one storage and writes them in batches, one transaction and one commit
/// per batch (<see cref="GroupCommitBatch"/>). Callers queue on a channel; one loop (started by the first submit) takes
/// the first waiting submit, then every submit queued so far up to <see cref="GroupCommitOptions.MaxBatchSize"/>
/// (waiting up to <see cref="GroupCommitOptions.MaxWait"/> for more), writes the batch and completes each caller's task
/// after the commit. One batch at a time per storage: SQLite has one writer anyway, and on PostgreSQL the batch's one
/// commit is what saves the log flushes. Thread-safe.
/// </summary>
internal sealed class GroupCommitWriter(SubmitWriter writer, GroupCommitOptions options)
{
    private readonly Channel<PendingSubmit> _queue =
        Channel.CreateUnbounded<PendingSubmit>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = false });

    private readonly GroupCommitOptions _options = options.Checked();
    private int _started;
    private long _batches;
    private long _submits;

    /// <summary>Batches committed (or fallen back to one by one) so far; for benchmarks and diagnostics.</summary>
    public long Batches => Interlocked.Read(ref _batches);

    /// <summary>Submits taken into batches so far.</summary>
    public long Submits => Interlocked.Read(ref _submits);

    /// <summary>Queues the submit; the task completes once the transaction holding it has committed (or failed).</summary>
    public Task<SubmitResult> SubmitAsync(SubmitCommand command, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var pending = new PendingSubmit(command, cancellationToken);
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException("The group commit queue is closed.");
        }

        if (Interlocked.Exchange(ref _started, 1) == 0)
        {
            _ = Task.Run(LoopAsync, CancellationToken.None);
        }

        return pending.Task;
    }

    private async Task LoopAsync()
    {
        var reader = _queue.Reader;
        var batch = new List<PendingSubmit>(_options.MaxBatchSize);
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            await GatherAsync(reader, batch).ConfigureAwait(false);
            Interlocked.Increment(ref _batches);
            Interlocked.Add(ref _submits, batch.Count);

            try
            {
                // Designed never to throw (every failure ends up in the callers' tasks); if it does, the batch's callers
                // get the error and the loop lives on, so later submits are not left waiting forever.
                await GroupCommitBatch.RunAsync(writer, batch).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                batch.ForEach(pending => pending.Fail(e));
            }

            batch.Clear();
        }
    }

    private async Task GatherAsync(ChannelReader<PendingSubmit> reader, List<PendingSubmit> batch)
    {
        var deadline = DateTime.UtcNow + _options.MaxWait;
        while (batch.Count < _options.MaxBatchSize)
        {
            if (reader.TryRead(out var pending))
            {
                batch.Add(pending);
                continue;
            }

            var left = deadline - DateTime.UtcNow;
            if (batch.Count > 0 && left <= TimeSpan.Zero)
            {
                return;
            }

            // The wait is a throughput knob, not business time: real time, not the storage's TimeProvider.
            using var timeout = new CancellationTokenSource(left > TimeSpan.Zero ? left : TimeSpan.Zero);
            try
            {
                if (!await reader.WaitToReadAsync(timeout.Token).ConfigureAwait(false))
                {
                    return;
                }
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                return;
            }
        }
    }
}
