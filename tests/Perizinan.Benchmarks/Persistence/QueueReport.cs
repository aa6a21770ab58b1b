using System.Diagnostics;
using Dapper;
using Perizinan.Queue;
using Perizinan.Queue.Destinations;
using Perizinan.Storage;

namespace Perizinan.Benchmarks.Persistence;

/// <summary>
/// <c>--queue [items]</c>: queue deliveries per second to a loopback HTTP sink (<see cref="LoopbackSink"/>) with 1, 2 and
/// 4 <see cref="QueueWorker"/>s in this process (default options: batches of 16, 4 parallel deliveries each), on
/// PostgreSQL when <c>PERIZINAN_POSTGRES</c> is set and on SQLite for reference. Per worker count, <c>items</c>
/// submissions (4,000 by default) are queued for a destination of their own first; the clock runs from the workers' start
/// until every item is acked (delivered and marked so in the database).
/// </summary>
internal static class QueueReport
{
    public static async Task RunAsync(int items)
    {
        Console.WriteLine($"Load average at start: {Load.Now()} ({Environment.ProcessorCount} cores); {items:N0} items per run.");
        Console.WriteLine();
        Console.WriteLine("| database | workers | items | seconds | deliveries/s | requests at the sink | load |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | --- |");
        await using var sink = await LoopbackSink.StartAsync();
        if (BenchDatabase.PostgresServer is { } server)
        {
            await using var postgres = await BenchDatabase.PostgresAsync(server);
            await RunOneAsync(postgres, sink, items);
        }
        else
        {
            Console.WriteLine("| PostgreSQL | not run: PERIZINAN_POSTGRES is not set | | | | | |");
        }

        await using var sqlite = BenchDatabase.Sqlite();
        await RunOneAsync(sqlite, sink, items);
    }

    private static async Task RunOneAsync(BenchDatabase database, LoopbackSink sink, int items)
    {
        var options = database.Options(GroupCommitOptions.Default);
        var storage = await Storage.Storage.OpenAsync(options, TimeProvider.System);
        var pool = await DraftPool.CreateAsync(storage, "bench");
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        // Run 0 is a warm-up (JIT, pools, the sink), not printed.
        foreach (var workers in new[] { 0, 1, 2, 4 })
        {
            var destination = $"sink-{workers}";
            var count = workers == 0 ? 50 : items;
            await pool.AddAsync(options, count);
            await LoadRun.MeasureAsync(64, TimeSpan.FromMinutes(10), async () =>
            {
                if (pool.Next(destination) is not { } request)
                {
                    return false;
                }

                await pool.Tenant.Submissions.SubmitAsync(request);
                return true;
            });
            var before = sink.Requests;
            var destinations = new DestinationOptions();
            destinations.Webhooks.Add(new WebhookOptions { Name = destination, Url = sink.Url, Secret = "bench-secret" });
            var registry = DestinationRegistry.Create(destinations, http, TimeProvider.System);
            using var stop = new CancellationTokenSource();
            var clock = Stopwatch.StartNew();
            var running = Enumerable.Range(0, Math.Max(1, workers))
                .Select(i => new QueueWorker(storage, registry, new QueueWorkerOptions { WorkerId = $"bench-{workers}-{i}", Destination = destination, IdleDelay = TimeSpan.FromMilliseconds(20) }, TimeProvider.System))
                .Select(worker => Task.Run(() => worker.RunAsync(stop.Token)))
                .ToList();
            while (await DeliveredAsync(database, destination) < count && clock.Elapsed < TimeSpan.FromMinutes(5))
            {
                await Task.Delay(20);
            }

            var seconds = clock.Elapsed.TotalSeconds;
            await stop.CancelAsync();
            await Task.WhenAll(running);
            var delivered = await DeliveredAsync(database, destination);
            if (workers == 0)
            {
                continue;
            }

            Console.WriteLine(
                $"| {database.Label} | {workers} | {delivered:N0} of {items:N0} | {seconds:0.00} | {LoadRun.Rate(delivered / seconds)} | {sink.Requests - before:N0} | {Load.Now()} |");
        }
    }

    private static async Task<long> DeliveredAsync(BenchDatabase database, string destination)
    {
        var sql = new Storage.Sql.Database(Storage.Sql.SqlDialect.For(database.Provider), database.ConnectionString, TimeProvider.System);
        return await sql.ReadAsync(
            unit => unit.Connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM queue_items WHERE destination = @destination AND status = 'delivered'", new { destination }),
            CancellationToken.None);
    }
}
