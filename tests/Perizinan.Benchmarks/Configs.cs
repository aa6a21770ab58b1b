using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace Perizinan.Benchmarks;

/// <summary>
/// The short jobs that keep one full run within about 15 minutes on a 2-core machine: one launch, 3 warm-up and
/// 10 measured iterations of 250 ms for the fast evaluations; one invocation per iteration, 1 warm-up and 3
/// measured iterations for the slow compiles. Benchmarks run in this process (<see cref="InProcessEmitToolchain"/>):
/// no second build of the solution per run, and the run measures exactly the binaries `dotnet run` just built.
/// </summary>
public sealed class FastConfig : ManualConfig
{
    /// <summary>In this process, with room for the slow compiles (the default in-process limit is 5 minutes).</summary>
    internal static readonly InProcessEmitToolchain InProcess = new(TimeSpan.FromMinutes(30), logOutput: true);

    /// <summary>Creates the config.</summary>
    public FastConfig()
    {
        AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(10)
            .WithIterationTime(TimeInterval.FromMilliseconds(250))
            .WithToolchain(InProcess)
            .WithClockChoice()
            .WithId(CpuClock.Selected ? "Short-cpu" : "Short"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.Max);
    }
}

/// <summary>The job of the compile benchmarks: each iteration compiles once, from files, with no cache.</summary>
public sealed class CompileConfig : ManualConfig
{
    /// <summary>Creates the config.</summary>
    public CompileConfig()
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithToolchain(FastConfig.InProcess)
            .WithClockChoice()
            .WithId(CpuClock.Selected ? "Compile-cpu" : "Compile"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.Max);
    }
}

/// <summary>The clock choice of the run.</summary>
internal static class JobClockExtensions
{
    /// <summary>The CPU-time clock when <c>--cpu-clock</c> was given, otherwise the default (wall) clock.</summary>
    public static Job WithClockChoice(this Job job) => CpuClock.Selected ? job.WithClock(CpuClock.Instance) : job;
}
