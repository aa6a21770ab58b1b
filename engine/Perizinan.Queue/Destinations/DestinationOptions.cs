namespace Perizinan.Queue.Destinations;

/// <summary>
/// The configured destinations, by kind. Names must be unique across kinds: they are what submissions are queued for.
/// A plain options class (bind it from configuration); read once by <see cref="DestinationRegistry.Create"/>.
/// </summary>
public sealed class DestinationOptions
{
    /// <summary>No destinations.</summary>
    public static DestinationOptions Default => new();

    /// <summary>HTTP webhooks: the back office, the central data center.</summary>
    public IList<WebhookOptions> Webhooks { get; } = [];

    /// <summary>File exports into folders.</summary>
    public IList<FileExportOptions> FileExports { get; } = [];
}
