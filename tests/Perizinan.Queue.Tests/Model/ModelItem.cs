using Perizinan.Storage.Queue;

namespace Perizinan.Queue.Tests.Model;

/// <summary>A queue item in the model.</summary>
public sealed class ModelItem
{
    public Guid Id { get; init; }

    public Guid SubmissionId { get; init; }

    public QueueItemStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset Due { get; set; }

    public Guid? Token { get; set; }

    public DateTimeOffset? LeasedUntil { get; set; }
}
