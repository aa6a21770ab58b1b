namespace Perizinan.Storage.Submissions.GroupCommit;

/// <summary>One caller's submit waiting in the group commit queue, and the task the caller awaits.</summary>
internal sealed class PendingSubmit(SubmitCommand command, CancellationToken cancellationToken)
{
    // Continuations run on the thread pool, never inline on the batch loop (a caller's code must not stall the next batch).
    private readonly TaskCompletionSource<SubmitResult> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public SubmitCommand Command { get; } = command;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public Task<SubmitResult> Task => _done.Task;

    /// <summary>Cancels the caller's task if it asked to be cancelled before its batch began; then it is not written.</summary>
    public bool CancelIfRequested() => CancellationToken.IsCancellationRequested && _done.TrySetCanceled(CancellationToken);

    public void Complete(SubmitResult result) => _done.TrySetResult(result);

    public void Fail(Exception error)
    {
        if (error is OperationCanceledException && CancellationToken.IsCancellationRequested)
        {
            _done.TrySetCanceled(CancellationToken);
        }
        else
        {
            _done.TrySetException(error);
        }
    }
}
