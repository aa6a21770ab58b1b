using System.Runtime.InteropServices;
using Perfolizer.Horology;

namespace Perizinan.Benchmarks;

/// <summary>
/// A clock that counts the CPU time this process got (<c>clock_gettime(CLOCK_PROCESS_CPUTIME_ID)</c>, Linux), in
/// nanoseconds. On a shared, oversubscribed machine the wall clock also counts the time other processes held the
/// cores; CPU time does not, so for single-threaded work it estimates what an idle machine's wall clock would show.
/// It includes the garbage collector's and the JIT's threads, so it errs on the slow side. Used with
/// <c>--cpu-clock</c> (or <c>PERIZINAN_BENCH_CLOCK=cpu</c>) and by <c>--breakdown</c>.
/// </summary>
internal sealed partial class CpuClock : IClock
{
    private const int ClockProcessCpuTimeId = 2;

    /// <summary>The one instance.</summary>
    public static readonly CpuClock Instance = new();

    /// <summary>Whether benchmarks should be timed with this clock (<c>PERIZINAN_BENCH_CLOCK=cpu</c>).</summary>
    public static bool Selected =>
        string.Equals(Environment.GetEnvironmentVariable("PERIZINAN_BENCH_CLOCK"), "cpu", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public string Title => "ProcessCpuTime";

    /// <inheritdoc />
    public bool IsAvailable => OperatingSystem.IsLinux();

    /// <inheritdoc />
    public Frequency Frequency => new(1_000_000_000d);

    /// <summary>The process's CPU time so far, in nanoseconds.</summary>
    public static long Nanoseconds() =>
        ClockGetTime(ClockProcessCpuTimeId, out var t) == 0 ? (t.Seconds * 1_000_000_000L) + t.Nanoseconds : throw new InvalidOperationException("clock_gettime failed");

    /// <inheritdoc />
    public long GetTimestamp() => Nanoseconds();

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clockId, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
