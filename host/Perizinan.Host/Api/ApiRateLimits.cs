using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Perizinan.Host.Configuration;

namespace Perizinan.Host.Api;

/// <summary>
/// Rate-limit policies of the API and the form pages: per integrator key when the request carries one (its own
/// limit), else per client IP address (the configured limits). A refused request gets 429 with <c>Retry-After</c>.
/// </summary>
internal static class ApiRateLimits
{
    /// <summary>Evaluations.</summary>
    public const string EvaluatePolicy = "evaluate";

    /// <summary>Draft writes and uploads.</summary>
    public const string WritePolicy = "write";

    /// <summary>Submissions.</summary>
    public const string SubmitPolicy = "submit";

    public static void AddPolicies(RateLimiterOptions limiter)
    {
        limiter.AddPolicy(EvaluatePolicy, context => Partition(context, o => o.EvaluatePerMinute));
        limiter.AddPolicy(WritePolicy, context => Partition(context, o => o.WritePerMinute));
        limiter.AddPolicy(SubmitPolicy, context => Partition(context, o => o.SubmitPerMinute));
        limiter.OnRejected = (rejected, _) =>
        {
            rejected.HttpContext.Response.Headers.RetryAfter = "60";
            return ValueTask.CompletedTask;
        };
    }

    private static RateLimitPartition<string> Partition(HttpContext context, Func<RateLimitOptions, int> limit)
    {
        if (ApiKeys.Integrator(context) is { } integrator)
        {
            return RateLimitPartition.GetFixedWindowLimiter("key:" + integrator.Name,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = integrator.PerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
        }

        var permits = limit(context.RequestServices.GetRequiredService<IOptions<PerizinanOptions>>().Value.RateLimits);
        return RateLimitPartition.GetFixedWindowLimiter("ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
    }
}
