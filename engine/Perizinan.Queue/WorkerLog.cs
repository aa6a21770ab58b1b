using Microsoft.Extensions.Logging;

namespace Perizinan.Queue;

/// <summary>The worker's log messages (source-generated, no allocation when the level is off).</summary>
internal static partial class WorkerLog
{
    [LoggerMessage(1, LogLevel.Debug, "Worker {Worker} delivered {Item} of submission {Submission} to {Destination}")]
    public static partial void Delivered(ILogger logger, string worker, Guid item, Guid submission, string destination);

    [LoggerMessage(2, LogLevel.Warning, "Worker {Worker}: delivery of {Item} to {Destination} failed (attempt {Attempts}), retry at {NextAttemptAt}: {Error}")]
    public static partial void Retrying(ILogger logger, string worker, Guid item, string destination, int attempts, DateTimeOffset nextAttemptAt, string error);

    [LoggerMessage(3, LogLevel.Error, "Worker {Worker}: {Item} to {Destination} is a dead letter after {Attempts} attempt(s): {Error}")]
    public static partial void DeadLettered(ILogger logger, string worker, Guid item, string destination, int attempts, string error);

    [LoggerMessage(4, LogLevel.Warning, "Worker {Worker} lost the lease of {Item} before settling it; another worker will deliver it again")]
    public static partial void LeaseLost(ILogger logger, string worker, Guid item);

    [LoggerMessage(5, LogLevel.Warning, "Worker {Worker} skipped {Item}: its lease ends at {LeasedUntil}, too soon to deliver")]
    public static partial void LeaseEnding(ILogger logger, string worker, Guid item, DateTimeOffset? leasedUntil);

    [LoggerMessage(6, LogLevel.Error, "Worker {Worker} could not settle {Item}; it is delivered again when its lease ends")]
    public static partial void SettleFailed(ILogger logger, Exception exception, string worker, Guid item);

    [LoggerMessage(7, LogLevel.Error, "Worker {Worker}: a pass failed; retrying after {Delay}")]
    public static partial void PassFailed(ILogger logger, Exception exception, string worker, TimeSpan delay);

    [LoggerMessage(8, LogLevel.Error, "Worker {Worker}: destination {Destination} of {Item} threw; treated as a retryable failure")]
    public static partial void DestinationThrew(ILogger logger, Exception exception, string worker, string destination, Guid item);
}
