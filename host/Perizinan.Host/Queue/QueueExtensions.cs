using Microsoft.Extensions.Options;
using Perizinan.Host.Configuration;
using Perizinan.Queue.Destinations;

namespace Perizinan.Host.Queue;

/// <summary>Registers the delivery destinations from configuration and the in-process queue workers.</summary>
internal static class QueueExtensions
{
    public static IServiceCollection AddQueueWorkers(this IServiceCollection services)
    {
        // Each webhook applies its own timeout, so the shared client must not add one.
        services.AddHttpClient(nameof(DestinationRegistry), c => c.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<PerizinanOptions>>().Value;
            var paths = sp.GetRequiredService<HostPaths>();
            var resolved = new DestinationOptions();
            foreach (var webhook in options.Destinations.Webhooks)
            {
                resolved.Webhooks.Add(webhook);
            }

            foreach (var export in options.Destinations.FileExports)
            {
                resolved.FileExports.Add(new FileExportOptions { Name = export.Name, Folder = paths.InData(export.Folder), Format = export.Format });
            }

            var client = sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(DestinationRegistry));
            return DestinationRegistry.Create(resolved, client, sp.GetRequiredService<TimeProvider>());
        });
        services.AddHostedService<QueueWorkerService>();
        return services;
    }
}
