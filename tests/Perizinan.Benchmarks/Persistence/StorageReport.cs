using Perizinan.Storage;

namespace Perizinan.Benchmarks.Persistence;

/// <summary>
/// <c>--storage [seconds]</c>: durable submits per second against the raw ADO.NET commit rate, with and without group
/// commit, and draft save latency, on SQLite (WAL, <c>synchronous=FULL</c>) and, when <c>PERIZINAN_POSTGRES</c> is set,
/// on PostgreSQL. Every run lasts a fixed time (8 s by default) and prints throughput, p50/p99/max latency per call and
/// the load average at its end. Submits use precomputed requests (the engine's evaluation is measured elsewhere).
/// </summary>
internal static class StorageReport
{
    public static async Task RunAsync(TimeSpan duration)
    {
        Console.WriteLine($"Load average at start: {Load.Now()} ({Environment.ProcessorCount} cores); each run {duration.TotalSeconds:0} s.");
        Console.WriteLine();
        Console.WriteLine("| database | what | callers | per second | p50 ms | p99 ms | max ms | CPU ms per call | note | load |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |");
        await using (var sqlite = BenchDatabase.Sqlite())
        {
            await RunOneAsync(sqlite, duration);
        }

        if (BenchDatabase.PostgresServer is { } server)
        {
            await using var postgres = await BenchDatabase.PostgresAsync(server);
            await RunOneAsync(postgres, duration);
        }
        else
        {
            Console.WriteLine("| PostgreSQL | not run: PERIZINAN_POSTGRES is not set | | | | | | | | |");
        }
    }

    private static async Task RunOneAsync(BenchDatabase database, TimeSpan duration)
    {
        var plain = await Storage.Storage.OpenAsync(database.Options(null), TimeProvider.System);
        var grouped = await Storage.Storage.OpenAsync(database.Options(GroupCommitOptions.Default), TimeProvider.System);
        await RawCommit.CreateTableAsync(database);
        var pool = await DraftPool.CreateAsync(plain, "bench");
        var options = database.Options(null);
        var answers = pool.Template.Answers.GetRawText();

        var raw1 = await RawCommit.MeasureAsync(database, answers, 1, duration);
        Print(database, "raw ADO.NET commit (1 INSERT per transaction)", raw1, "baseline");
        var raw16 = await RawCommit.MeasureAsync(database, answers, 16, duration);
        Print(database, "raw ADO.NET commit (1 INSERT per transaction)", raw16, "baseline");
        var best = Math.Max(raw1.PerSecond, raw16.PerSecond);

        var bestSubmit = 0.0;
        foreach (var callers in new[] { 1, 16 })
        {
            await pool.AddAsync(options, Needed(best, duration));
            var run = await SubmitAsync(plain.ForTenant("bench"), pool, callers, duration);
            bestSubmit = Math.Max(bestSubmit, run.PerSecond);
            Print(database, "submit, one per transaction", run, $"{run.PerSecond / raw1.PerSecond:P0} of raw (1 caller)");
        }

        foreach (var callers in new[] { 16, 64 })
        {
            // Copying drafts costs a round trip each: seed for 8× the best one-per-transaction rate; a run that empties
            // the pool ends early and is still measured over its own time.
            await pool.AddAsync(options, Needed(Math.Min(best * 4, bestSubmit * 8), duration));
            var (batches, submits) = (grouped.GroupCommit!.Batches, grouped.GroupCommit.Submits);
            var run = await SubmitAsync(grouped.ForTenant("bench"), pool, callers, duration);
            var perBatch = (grouped.GroupCommit.Submits - submits) / (double)Math.Max(1, grouped.GroupCommit.Batches - batches);
            Print(database, "submit, group commit (max batch 64, no wait)", run, $"{run.PerSecond / raw1.PerSecond:0.0}× raw (1 caller); {perBatch:0.0} per batch");
        }

        foreach (var callers in new[] { 1, 16 })
        {
            var run = await DraftSaveAsync(plain.ForTenant("bench"), pool, callers, duration / 2);
            Print(database, "draft save (answers of scenario 01)", run, string.Empty);
        }
    }

    /// <summary>Drafts for a run at up to <paramref name="rate"/> per second, with room to spare, at most 60,000.</summary>
    private static int Needed(double rate, TimeSpan duration) => (int)Math.Clamp(rate * duration.TotalSeconds * 1.5, 2_000, 60_000);

    private static Task<LoadRun> SubmitAsync(ITenantStorage tenant, DraftPool pool, int callers, TimeSpan duration) =>
        LoadRun.MeasureAsync(callers, duration, async () =>
        {
            if (pool.Next() is not { } request)
            {
                return false;
            }

            var result = await tenant.Submissions.SubmitAsync(request);
            return result.Outcome == Storage.Submissions.SubmitOutcome.Submitted
                ? true
                : throw new InvalidOperationException($"Submit gave {result.Outcome}.");
        });

    private static async Task<LoadRun> DraftSaveAsync(ITenantStorage tenant, DraftPool pool, int callers, TimeSpan duration)
    {
        // One draft per caller, saved again and again at its current revision (as one citizen's browser does).
        var drafts = new System.Collections.Concurrent.ConcurrentBag<(Guid Id, long Revision)>();
        for (var i = 0; i < callers; i++)
        {
            var created = await tenant.Drafts.CreateAsync(new Storage.Drafts.NewDraft("izin-reklame", "1.0.0", "3275011505900003", pool.Template.Answers));
            drafts.Add((created.Draft!.Id, created.Draft.Revision));
        }

        return await LoadRun.MeasureAsync(callers, duration, async () =>
        {
            drafts.TryTake(out var draft);
            var saved = await tenant.Drafts.SaveAsync(draft.Id, draft.Revision, pool.Template.Answers);
            drafts.Add((draft.Id, saved.Outcome == Storage.Drafts.DraftSaveOutcome.Saved ? saved.Revision : throw new InvalidOperationException($"Save gave {saved.Outcome}.")));
            return true;
        });
    }

    private static void Print(BenchDatabase database, string what, LoadRun run, string note) =>
        Console.WriteLine(
            $"| {database.Label} | {what} | {run.Callers} | {LoadRun.Rate(run.PerSecond)} | {LoadRun.Ms(run.P50Ms)} | {LoadRun.Ms(run.P99Ms)} | {LoadRun.Ms(run.MaxMs)} | {LoadRun.Ms(run.CpuMsPerCall)} | {note} | {Load.Now()} |");
}
