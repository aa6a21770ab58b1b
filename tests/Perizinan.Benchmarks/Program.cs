using BenchmarkDotNet.Running;

namespace Perizinan.Benchmarks;

/// <summary>
/// Entry point. <c>--memory</c>, <c>--correctness</c> and <c>--breakdown</c> print Markdown tables and exit;
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
            default:
                var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
        }
    }
}
