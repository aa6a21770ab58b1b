using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Perizinan.Queue.Destinations;
using Perizinan.Queue.Tests.Support;
using Perizinan.Storage;
using Perizinan.Storage.Submissions;
using Xunit.Abstractions;

namespace Perizinan.Queue.Tests.Reliability;

/// <summary>
/// Child processes submit and deliver on one SQLite file while they are killed with SIGKILL, at each named step and at
/// random moments; afterwards the history is checked as a Jepsen queue checker would: every acknowledged submission
/// delivered (lost = 0), no duplicates after de-duplication by key, and the database intact.
/// <c>PERIZINAN_CRASH_KILLS</c> sets the number of kills (200 by default).
/// </summary>
public sealed class CrashTests(ITestOutputHelper output) : IDisposable
{
    private const string Secret = "rahasia-crash";
    private static readonly string[] Steps = ["before-commit", "after-commit", "after-lease", "after-send", "before-ack", "random"];
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "perizinan-crash-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task KilledAtEveryStep_NothingLostNoDuplicatesDatabaseIntact()
    {
        var target = int.TryParse(Environment.GetEnvironmentVariable("PERIZINAN_CRASH_KILLS"), out var k) ? k : 200;
        Directory.CreateDirectory(_folder);
        var connection = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "perizinan.db") }.ToString();
        using var receiver = new Receiver(Secret);
        var setup = await Storage.Storage.OpenAsync(new StorageOptions { ConnectionString = connection, AttachmentFolder = Path.GetTempPath() }, TimeProvider.System);
        await Seed.TenantAsync(setup, "default"); // migrated and published once, before any child starts
        var history = new History();
        var clock = Stopwatch.StartNew();
        var kills = 0;
        var killsByStep = new ConcurrentDictionary<string, int>();
        var next = -1;

        async Task LaneAsync(int lane)
        {
            var random = new Random(lane * 7919);
            while (Volatile.Read(ref kills) < target)
            {
                var step = Steps[Interlocked.Increment(ref next) % Steps.Length];
                if (await RunChildAsync(connection, receiver.Url, step, history, random))
                {
                    Interlocked.Increment(ref kills);
                    killsByStep.AddOrUpdate(step, 1, (_, n) => n + 1);
                }
            }
        }

        await Task.WhenAll(LaneAsync(1), LaneAsync(2));
        var killing = clock.Elapsed;

        await DrainAsync(connection, receiver, history);

        var acked = history.Acked.Values.ToHashSet();
        var delivered = receiver.DeliveredByKey;
        var deliveredSubmissions = receiver.Requests.Where(r => r.Status == 200).GroupBy(r => r.SubmissionId).ToDictionary(g => g.Key, g => g.Select(r => r.Key).Distinct().Count());
        var lost = acked.Count(id => !deliveredSubmissions.ContainsKey(id.ToString("D")));
        var duplicates = deliveredSubmissions.Values.Sum(keys => keys - 1) + await SubmissionsPerDraftOverOneAsync(connection);
        var redeliveries = delivered.Values.Sum(n => n - 1);
        var integrity = await IntegrityAsync(connection);
        var undelivered = await ScalarAsync(connection, "SELECT COUNT(*) FROM queue_items WHERE status <> 'delivered'");
        output.WriteLine(
            $"kills {kills} ({string.Join(", ", killsByStep.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}"))}) in {killing.TotalSeconds:0.0} s; "
            + $"acknowledged {acked.Count}, drafts {history.Drafts.Count}, lost {lost}, duplicates after de-duplication {duplicates}, "
            + $"redeliveries before de-duplication {redeliveries}, undelivered items {undelivered}, integrity {integrity}, total {clock.Elapsed.TotalSeconds:0.0} s");

        Assert.True(kills >= target);
        Assert.Equal(0, lost);
        Assert.Equal(0, duplicates);
        Assert.Equal(0L, undelivered);
        Assert.Equal("ok", integrity);
        Assert.All(receiver.Requests, r => Assert.True(r.SignatureValid));
    }

    /// <summary>Runs one child to its death; returns whether it died of SIGKILL.</summary>
    private static async Task<bool> RunChildAsync(string connection, Uri receiver, string step, History history, Random random)
    {
        var arguments = new List<string>
        {
            "crash", "--connection", connection, "--receiver", receiver.ToString(), "--secret", Secret,
            "--count", "40", "--lease-ms", "2000", "--lease-margin-ms", "500", "--timeout-ms", "1000",
        };
        foreach (var draft in history.Unacknowledged().Take(3))
        {
            arguments.AddRange(["--retry", draft.ToString("D")]);
        }

        var environment = new Dictionary<string, string>();
        if (step != "random")
        {
            environment["PERIZINAN_CRASH_AT"] = step;
            environment["PERIZINAN_CRASH_AFTER"] = random.Next(1, 4).ToString(CultureInfo.InvariantCulture);
        }

        using var child = ChildProcess.Start(arguments, environment);
        if (step == "random")
        {
            await child.Ready.WaitAsync(TimeSpan.FromSeconds(60));
            await Task.Delay(random.Next(0, 250));
            child.Kill();
        }

        await child.WaitAsync(TimeSpan.FromSeconds(60));
        history.Read(child.Lines);
        if (!child.Killed && child.Lines.LastOrDefault() != "END")
        {
            throw new InvalidOperationException($"child failed (exit {child.ExitCode}): {string.Join('\n', child.Errors)}");
        }

        return child.Killed;
    }

    /// <summary>After the kills: citizens retry the drafts that got no receipt, and one worker delivers what is left.</summary>
    private static async Task DrainAsync(string connection, Receiver receiver, History history)
    {
        var storage = await Storage.Storage.OpenAsync(new StorageOptions { ConnectionString = connection, AttachmentFolder = Path.GetTempPath() }, TimeProvider.System);
        var tenant = storage.Default;
        foreach (var draftId in history.Unacknowledged())
        {
            var draft = (await tenant.Drafts.GetAsync(draftId))!;
            var result = await tenant.Submissions.SubmitAsync(new SubmissionRequest(draft.Id, draft.Revision, draft.Answers, Seed.Json("{}"), [], 0m, ["back-office"]));
            history.Acked[draftId] = result.Submission!.Id;
        }

        var options = new DestinationOptions();
        options.Webhooks.Add(new WebhookOptions { Name = "back-office", Url = receiver.Url, Secret = Secret, Timeout = TimeSpan.FromSeconds(1) });
        var worker = new QueueWorker(
            storage, DestinationRegistry.Create(options, new HttpClient { Timeout = Timeout.InfiniteTimeSpan }, TimeProvider.System),
            new QueueWorkerOptions { WorkerId = "drain", LeaseDuration = TimeSpan.FromSeconds(2), LeaseMargin = TimeSpan.FromMilliseconds(500), BackoffBase = TimeSpan.FromMilliseconds(50), BackoffCap = TimeSpan.FromMilliseconds(200), MaxAttempts = 1000 },
            TimeProvider.System);
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(30) && await ScalarAsync(connection, "SELECT COUNT(*) FROM queue_items WHERE status <> 'delivered'") > 0)
        {
            if ((await worker.RunOnceAsync()).Leased == 0)
            {
                await Task.Delay(100); // items leased by a killed child come back when their lease ends
            }
        }
    }

    private static async Task<long> SubmissionsPerDraftOverOneAsync(string connection) =>
        await ScalarAsync(connection, "SELECT COALESCE(SUM(n - 1), 0) FROM (SELECT COUNT(*) AS n FROM submissions GROUP BY tenant_id, draft_id)");

    private static async Task<long> ScalarAsync(string connection, string sql)
    {
        await using var db = new SqliteConnection(connection);
        await db.OpenAsync();
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static async Task<string> IntegrityAsync(string connection)
    {
        await using var db = new SqliteConnection(connection);
        await db.OpenAsync();
        await using var command = db.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>What the children said: drafts made, and the receipts (draft → submission) they gave.</summary>
    private sealed class History
    {
        public ConcurrentDictionary<Guid, byte> Drafts { get; } = new();

        public ConcurrentDictionary<Guid, Guid> Acked { get; } = new();

        public IEnumerable<Guid> Unacknowledged() => Drafts.Keys.Where(d => !Acked.ContainsKey(d)).ToList();

        public void Read(IEnumerable<string> lines)
        {
            foreach (var line in lines)
            {
                var parts = line.Split(' ');
                if (parts is ["DRAFT", var draft] && Guid.TryParse(draft, out var d))
                {
                    Drafts.TryAdd(d, 0);
                }
                else if (parts is ["ACK", var draftText, var submissionText] && Guid.TryParse(draftText, out var a) && Guid.TryParse(submissionText, out var s))
                {
                    Drafts.TryAdd(a, 0);
                    var first = Acked.GetOrAdd(a, s);
                    if (first != s)
                    {
                        throw new InvalidOperationException($"draft {a} acknowledged as two submissions: {first} and {s}");
                    }
                }
            }
        }
    }
}
