using Microsoft.Extensions.Diagnostics.HealthChecks;
using Perizinan.Host.Forms;

namespace Perizinan.Host.Health;

/// <summary>Not ready while the packages found at start are still being compiled and published.</summary>
internal sealed class PublishingHealthCheck(PublishingProgress progress) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(progress.Done ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("Forms are still being published."));
}
