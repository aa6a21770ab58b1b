using System.Diagnostics;

namespace Perizinan.Queue.WorkerProcess;

/// <summary>
/// Runs one worker until no item was leased for <c>--idle-exit-ms</c>, then prints <c>DONE &lt;delivered&gt;</c>.
/// Prints <c>READY</c> once the storage is open, then waits for a line on standard input, so that the parent can start
/// every worker before any of them leases.
/// </summary>
internal static class WorkMode
{
    public static async Task<int> RunAsync(Arguments args)
    {
        var storage = await Setup.OpenAsync(args);
        var worker = new QueueWorker(storage, Setup.Destinations(args), Setup.WorkerOptions(args), TimeProvider.System);
        Console.Out.WriteLine("READY");
        Console.Out.Flush();
        await Console.In.ReadLineAsync();
        var idleExit = TimeSpan.FromMilliseconds(args.Int("idle-exit-ms", 2000));
        var idle = Stopwatch.StartNew();
        var delivered = 0;
        while (idle.Elapsed < idleExit)
        {
            var pass = await worker.RunOnceAsync();
            delivered += pass.Delivered;
            if (pass.Leased > 0)
            {
                idle.Restart();
            }
            else
            {
                await Task.Delay(50);
            }
        }

        Console.Out.WriteLine($"DONE {delivered}");
        return 0;
    }
}
