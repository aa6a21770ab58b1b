using System.Diagnostics;

namespace Perizinan.Queue.WorkerProcess;

/// <summary>
/// Kills this process with SIGKILL the n-th time it reaches the step named by <c>PERIZINAN_CRASH_AT</c>
/// (<c>PERIZINAN_CRASH_AFTER</c>, default 1). <c>before-commit</c> arms a timer that kills at a random instant inside
/// the submit transaction instead, since the store's commit point cannot be reached from outside.
/// </summary>
internal static class Crash
{
    private static readonly string? Step = Environment.GetEnvironmentVariable("PERIZINAN_CRASH_AT");
    private static int _remaining = int.TryParse(Environment.GetEnvironmentVariable("PERIZINAN_CRASH_AFTER"), out var n) ? n : 1;

    /// <summary>Whether this is the step to die at (counts down once per call).</summary>
    public static bool Armed(string step) => step == Step && Interlocked.Decrement(ref _remaining) == 0;

    /// <summary>Dies now if this is the step.</summary>
    public static void At(string step)
    {
        if (Armed(step))
        {
            Now();
        }
    }

    /// <summary>Dies after <paramref name="delay"/>, measured by spinning so that sub-millisecond delays hold.</summary>
    public static void After(TimeSpan delay)
    {
        var thread = new Thread(() =>
        {
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < delay)
            {
                Thread.SpinWait(20);
            }

            Now();
        }) { IsBackground = true, Priority = ThreadPriority.Highest };
        thread.Start();
    }

    /// <summary>SIGKILL to this process: no finally blocks, no flushing, like a power cut for the process.</summary>
    public static void Now()
    {
        using var self = Process.GetCurrentProcess();
        self.Kill();
        Thread.Sleep(Timeout.Infinite);
    }
}
