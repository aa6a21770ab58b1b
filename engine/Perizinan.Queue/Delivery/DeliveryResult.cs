namespace Perizinan.Queue.Delivery;

/// <summary>The result of <see cref="IDestination.DeliverAsync"/>. Immutable.</summary>
/// <param name="Outcome">Delivered, retry or permanent failure.</param>
/// <param name="Error">Why it failed (with the response status for HTTP), or <c>null</c> when delivered.</param>
public sealed record DeliveryResult(DeliveryOutcome Outcome, string? Error)
{
    /// <summary>A successful delivery.</summary>
    public static DeliveryResult Delivered { get; } = new(DeliveryOutcome.Delivered, null);

    /// <summary>A transient failure worth retrying.</summary>
    public static DeliveryResult Retry(string error) => new(DeliveryOutcome.Retry, error);

    /// <summary>A failure that retrying cannot fix.</summary>
    public static DeliveryResult Permanent(string error) => new(DeliveryOutcome.Permanent, error);
}
