using System.Diagnostics;
using System.Globalization;

namespace Perizinan.Benchmarks.Persistence;

/// <summary>
/// Runs an operation <see cref="WarmUpCalls"/> times unmeasured, then from <c>callers</c> concurrent loops for a fixed
/// duration (or until the operation says there is no more work) and records each call's latency. Throughput is completed calls over the measured wall time.
/// </summary>
/// <param name="CpuMsPerCall">This process's CPU time (every thread) over the run, per completed call: on a shared,
/// overloaded machine it tells CPU cost from waiting (a database server's own CPU is not included).</param>
internal sealed record LoadRun(int Callers, long Count, double Seconds, double P50Ms, double P99Ms, double MaxMs, double CpuMsPerCall)
{
    /// <summary>Calls made before measuring, by one caller.</summary>
    public const int WarmUpCalls = 20;

    public double PerSecond => Count / Seconds;

    /// <summary><paramref name="operation"/> returns <c>false</c> when it had nothing left to do (the call is not counted).</summary>
    public static async Task<LoadRun> MeasureAsync(int callers, TimeSpan duration, Func<Task<bool>> operation)
    {
        // Warm-up, not measured: the first calls of a path pay for JIT compilation and connection pools.
        for (var i = 0; i < WarmUpCalls; i++)
        {
            await operation().ConfigureAwait(false);
        }

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var perCaller = await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
        {
            var latencies = new List<double>();
            while (clock.Elapsed < duration)
            {
                var start = Stopwatch.GetTimestamp();
                if (!await operation().ConfigureAwait(false))
                {
                    break;
                }

                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }

            return latencies;
        }))).ConfigureAwait(false);
        var seconds = clock.Elapsed.TotalSeconds;
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        var all = perCaller.SelectMany(l => l).Order().ToArray();
        return all.Length == 0
            ? new LoadRun(callers, 0, seconds, double.NaN, double.NaN, double.NaN, double.NaN)
            : new LoadRun(callers, all.Length, seconds, Percentile(all, 0.50), Percentile(all, 0.99), all[^1], cpuMs / all.Length);
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    public static string Ms(double value) => double.IsNaN(value) ? "—" : value.ToString(value < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture);

    public static string Rate(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
