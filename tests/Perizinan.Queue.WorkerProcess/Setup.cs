using Perizinan.Queue.Destinations;
using Perizinan.Storage;

namespace Perizinan.Queue.WorkerProcess;

/// <summary>Opens the storage and builds the one webhook destination the tests use.</summary>
internal static class Setup
{
    public static Task<Storage.Storage> OpenAsync(Arguments args)
    {
        var options = new StorageOptions
        {
            Provider = args.Get("provider", "sqlite") == "postgresql" ? StorageProvider.PostgreSql : StorageProvider.Sqlite,
            ConnectionString = args.Get("connection"),
            AttachmentFolder = Path.Combine(Path.GetTempPath(), "perizinan-worker-attachments"),
        };

        // The personal-data keys (id → base64) of the storage the parent wrote with: "--pii-key a=BASE64", repeatable;
        // the first is the current one.
        foreach (var pair in args.All("pii-key"))
        {
            var (id, key) = (pair[..pair.IndexOf('=', StringComparison.Ordinal)], pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            options.PersonalDataKeys[id] = key;
            options.CurrentPersonalDataKeyId ??= id;
        }

        return Storage.Storage.OpenAsync(options, TimeProvider.System);
    }

    public static DestinationRegistry Destinations(Arguments args, HttpMessageHandler? handler = null)
    {
        var options = new DestinationOptions();
        options.Webhooks.Add(new WebhookOptions
        {
            Name = args.Get("destination", "back-office"),
            Url = new Uri(args.Get("receiver")),
            Secret = args.Get("secret"),
            Timeout = TimeSpan.FromMilliseconds(args.Int("timeout-ms", 5000)),
        });
        var client = new HttpClient(handler ?? new SocketsHttpHandler(), disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        return DestinationRegistry.Create(options, client, TimeProvider.System);
    }

    public static QueueWorkerOptions WorkerOptions(Arguments args) => new()
    {
        WorkerId = args.Get("worker-id", $"worker-{Environment.ProcessId}"),
        BatchSize = args.Int("batch", 8),
        LeaseDuration = TimeSpan.FromMilliseconds(args.Int("lease-ms", 30_000)),
        LeaseMargin = TimeSpan.FromMilliseconds(args.Int("lease-margin-ms", 500)),
        BackoffBase = TimeSpan.FromMilliseconds(50),
        BackoffCap = TimeSpan.FromMilliseconds(500),
        MaxAttempts = 1000,
        IdleDelay = TimeSpan.FromMilliseconds(100),
    };
}
