namespace Perizinan.Storage.Queue;

/// <summary>What a queue operation did.</summary>
public enum QueueOutcome
{
    /// <summary>Done.</summary>
    Done,

    /// <summary>No such item (in this tenant, for operators' calls): nothing changed.</summary>
    NotFound,

    /// <summary>The token is not the item's current lease (it expired and was leased again, or the item was settled): nothing changed.</summary>
    LeaseLost,

    /// <summary>The item is not a dead letter, so it cannot be requeued: nothing changed.</summary>
    NotDeadLetter,
}
