using System.Collections.Frozen;
using Perizinan.Queue.Delivery;

namespace Perizinan.Queue.Destinations;

/// <summary>The destinations by name. Immutable and thread-safe; build it once at start-up.</summary>
public sealed class DestinationRegistry
{
    private readonly FrozenDictionary<string, IDestination> _byName;

    /// <summary>A registry of the given destinations (for destinations the options cannot describe).</summary>
    /// <exception cref="ArgumentException">Two destinations share a name.</exception>
    public DestinationRegistry(IEnumerable<IDestination> destinations)
    {
        ArgumentNullException.ThrowIfNull(destinations);
        var byName = new Dictionary<string, IDestination>(StringComparer.Ordinal);
        foreach (var destination in destinations)
        {
            if (!byName.TryAdd(destination.Name, destination))
            {
                throw new ArgumentException($"Two destinations are named '{destination.Name}'.", nameof(destinations));
            }
        }

        _byName = byName.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The names of the destinations.</summary>
    public IEnumerable<string> Names => _byName.Keys;

    /// <summary>
    /// Builds the configured destinations. <paramref name="httpClient"/> is shared by every webhook; its own timeout
    /// should be infinite because each webhook applies its <see cref="WebhookOptions.Timeout"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A destination lacks a name, URL, secret or folder, or two share a name.</exception>
    public static DestinationRegistry Create(DestinationOptions options, HttpClient httpClient, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(timeProvider);
        return new DestinationRegistry(
            options.Webhooks.Select(w => (IDestination)new WebhookDestination(w, httpClient, timeProvider))
                .Concat(options.FileExports.Select(f => new FileExportDestination(f))));
    }

    /// <summary>The destination with this name, or <c>null</c> when none is configured.</summary>
    public IDestination? Find(string name) => _byName.GetValueOrDefault(name);
}
