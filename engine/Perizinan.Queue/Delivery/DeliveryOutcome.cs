namespace Perizinan.Queue.Delivery;

/// <summary>What a delivery attempt came to.</summary>
public enum DeliveryOutcome
{
    /// <summary>The destination accepted it: acknowledge the queue item.</summary>
    Delivered,

    /// <summary>A transient failure (timeout, connection error, 408, 429, 5xx, I/O error): try again later.</summary>
    Retry,

    /// <summary>The destination refused it for good (another 4xx): make it a dead letter at once.</summary>
    Permanent,
}
