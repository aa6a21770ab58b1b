using Microsoft.Extensions.Diagnostics.HealthChecks;
using Perizinan.Storage;

namespace Perizinan.Host.Health;

/// <summary>Ready when the database answers a query of this tenant's forms.</summary>
internal sealed class DatabaseHealthCheck(ITenantStorage storage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await storage.Forms.ListVersionsAsync("-", cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", e);
        }
    }
}
