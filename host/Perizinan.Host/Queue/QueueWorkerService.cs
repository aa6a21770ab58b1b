using Microsoft.Extensions.Options;
using Perizinan.Host.Configuration;
using Perizinan.Queue;
using Perizinan.Queue.Destinations;

namespace Perizinan.Host.Queue;

/// <summary>
/// Runs the configured number of queue workers in this process. Workers in every host instance compete by leasing, so
/// scaling out needs no coordination; stopping the host lets each worker finish its current pass.
/// </summary>
internal sealed class QueueWorkerService(
    Storage.Storage storage,
    DestinationRegistry destinations,
    IOptions<PerizinanOptions> options,
    TimeProvider time,
    ILoggerFactory loggers) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var workers = Enumerable.Range(1, options.Value.Workers)
            .Select(i => new QueueWorker(
                storage,
                destinations,
                new QueueWorkerOptions { WorkerId = $"{Environment.MachineName}-{Environment.ProcessId}-{i}" },
                time,
                loggers.CreateLogger<QueueWorker>()))
            .Select(w => Task.Run(() => w.RunAsync(stoppingToken), stoppingToken));
        return Task.WhenAll(workers);
    }
}
