namespace Perizinan.Queue.Tests.Model;

/// <summary>One step of the model-based test. <c>Worker</c> is 0 or 1; <c>Pick</c> chooses among what exists.</summary>
public abstract record QueueOperation
{
    public sealed record Submit : QueueOperation;

    public sealed record Lease(int Worker, int Max) : QueueOperation;

    public sealed record Ack(int Worker, int Pick) : QueueOperation;

    public sealed record Fail(int Worker, int Pick, int DelaySeconds) : QueueOperation;

    /// <summary>Moves the clock: leases and backoffs run out.</summary>
    public sealed record Advance(int Seconds) : QueueOperation;

    public sealed record Requeue(int Pick) : QueueOperation;

    /// <summary>The worker dies: it forgets the leases it held (the database keeps them until they end).</summary>
    public sealed record Crash(int Worker) : QueueOperation;
}
