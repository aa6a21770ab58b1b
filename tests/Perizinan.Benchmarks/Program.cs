using BenchmarkDotNet.Running;

namespace Perizinan.Benchmarks;

/// <summary>
/// Entry point. <c>--memory</c>, <c>--correctness</c>, <c>--breakdown</c>, <c>--storage [seconds]</c>
/// and <c>--queue [items]</c> print Markdown tables and exit;
/// anything else goes to BenchmarkDotNet (e.g. <c>--filter '*'</c>); <c>--cpu-clock</c> times the benchmarks by the
/// process's CPU time instead of the wall clock (for a shared machine). See docs/benchmarks.md.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Contains("--cpu-clock"))
        {
            // Read by the job configs (and inherited by any child process).
            Environment.SetEnvironmentVariable("PERIZINAN_BENCH_CLOCK", "cpu");
            args = args.Where(a => a != "--cpu-clock").ToArray();
        }

        switch (args.FirstOrDefault())
        {
            case "--memory":
                MemoryReport.Run();
                return 0;
            case "--correctness":
                SchemaCorrectness.Run();
                return 0;
            case "--breakdown":
                Breakdown.Run();
                return 0;
            case "--storage":
                Persistence.StorageReport.RunAsync(TimeSpan.FromSeconds(NumberAfter(args, 8))).GetAwaiter().GetResult();
                return 0;
            case "--http":
                Http.HttpLoadReport.RunAsync(new Uri(args.ElementAtOrDefault(1) ?? "http://127.0.0.1:5091/"), TimeSpan.FromSeconds(NumberAfter(args.Skip(1).ToArray(), 10))).GetAwaiter().GetResult();
                return 0;
            case "--queue":
                Persistence.QueueReport.RunAsync(NumberAfter(args, 4000)).GetAwaiter().GetResult();
                return 0;
            default:
                var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
        }
    }

    private static int NumberAfter(string[] args, int fallback) =>
        args.Length > 1 && int.TryParse(args[1], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : fallback;
}
