namespace Perizinan.Storage.Submissions;

/// <summary>A step in a submission's status history.</summary>
public enum SubmissionStatus
{
    /// <summary>The submission was stored.</summary>
    Received,

    /// <summary>A queue item was (re)queued for a destination.</summary>
    Queued,

    /// <summary>A destination acknowledged the delivery.</summary>
    Delivered,

    /// <summary>Delivery to a destination gave up: the item is a dead letter until an operator requeues it.</summary>
    Failed,
}
