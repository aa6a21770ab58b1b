using System.Diagnostics;
using Perizinan.Queue.Destinations;
using Perizinan.Queue.Tests.Support;
using Perizinan.Storage.Queue;
using Perizinan.Storage.Submissions;
using Perizinan.Storage.Tests.Providers;

namespace Perizinan.Queue.Tests.Worker;

/// <summary>The worker against a real database and a real loopback HTTP receiver: outages, permanent refusals, requeue.</summary>
public abstract class QueueWorkerContract(ProviderFixture fixture)
{
    private const string Secret = "rahasia-uji-coba";

    protected ProviderFixture Fixture { get; } = fixture;

    private static string NewDestination() => "dest-" + Guid.NewGuid().ToString("N")[..8];

    private static DestinationRegistry Webhook(string name, Uri url, TimeSpan timeout)
    {
        var options = new DestinationOptions();
        options.Webhooks.Add(new WebhookOptions { Name = name, Url = url, Secret = Secret, Timeout = timeout });
        return DestinationRegistry.Create(options, new HttpClient { Timeout = Timeout.InfiniteTimeSpan }, TimeProvider.System);
    }

    [SkippableFact]
    public async Task Run_ReceiverDownThenRecovers_EverythingDeliveredOnceAfterDeDuplication()
    {
        Fixture.Require();
        var storage = await Storage.Storage.OpenAsync(Fixture.Options, TimeProvider.System); // real clock: real backoff and timeouts
        var destination = NewDestination();
        var tenant = await Seed.TenantAsync(storage);
        var submissions = await Seed.SubmitManyAsync(tenant, 30, destination);
        using var receiver = new Receiver(Secret);
        var outage = TimeSpan.FromSeconds(2.5);
        var clock = Stopwatch.StartNew();
        receiver.Behaviour = n => clock.Elapsed < outage
            ? (n % 4) switch
            {
                0 => (500, TimeSpan.Zero),
                1 => (503, TimeSpan.Zero),
                2 => (200, TimeSpan.FromSeconds(1)), // processed, but answered after the client's timeout
                _ => (429, TimeSpan.Zero),
            }
            : (n % 7 == 0 ? (200, TimeSpan.FromSeconds(1)) : (200, TimeSpan.Zero));
        var registry = Webhook(destination, receiver.Url, TimeSpan.FromMilliseconds(300));
        var options = new QueueWorkerOptions
        {
            Destination = destination, BatchSize = 8, LeaseDuration = TimeSpan.FromSeconds(20),
            BackoffBase = TimeSpan.FromMilliseconds(50), BackoffCap = TimeSpan.FromMilliseconds(400), MaxAttempts = 1000,
            IdleDelay = TimeSpan.FromMilliseconds(50),
        };
        using var stop = new CancellationTokenSource();
        var workers = Enumerable.Range(1, 2).Select(i =>
        {
            options.WorkerId = $"outage-{i}";
            return new QueueWorker(storage, registry, options, TimeProvider.System, random: new Random(i)).RunAsync(stop.Token);
        }).ToList();

        var deadline = TimeSpan.FromSeconds(40);
        while (clock.Elapsed < deadline && !await AllDeliveredAsync(tenant, submissions))
        {
            await Task.Delay(100);
        }

        await stop.CancelAsync();
        await Task.WhenAll(workers);
        Assert.True(await AllDeliveredAsync(tenant, submissions), $"not all delivered within {deadline}");
        var items = new List<QueueItem>();
        foreach (var submission in submissions)
        {
            items.AddRange(await tenant.Queue.ListForSubmissionAsync(submission.Id));
        }

        var delivered = receiver.DeliveredByKey;
        Assert.Equal(items.Select(i => i.Id.ToString("D")).Order(), delivered.Keys.Order()); // de-duplicated by key: each exactly once, none lost
        Assert.All(receiver.Requests, r => Assert.True(r.SignatureValid, $"bad signature on request {r.Number}"));
        Assert.Contains(receiver.Requests, r => r.Status >= 500); // the outage happened
        Assert.Empty(await tenant.Queue.ListDeadLettersAsync());
        foreach (var submission in submissions)
        {
            Assert.Contains((await tenant.Submissions.GetHistoryAsync(submission.Id)), h => h.Status == SubmissionStatus.Delivered && h.Destination == destination);
        }
    }

    private static async Task<bool> AllDeliveredAsync(Storage.ITenantStorage tenant, IEnumerable<Submission> submissions)
    {
        foreach (var submission in submissions)
        {
            if ((await tenant.Queue.ListForSubmissionAsync(submission.Id)).Any(i => i.Status != QueueItemStatus.Delivered))
            {
                return false;
            }
        }

        return true;
    }

    [SkippableFact]
    public async Task RunOnce_Permanent4xx_DeadLetterWithStatusThenRequeueDelivers()
    {
        Fixture.Require();
        var storage = Fixture.Storage;
        var destination = NewDestination();
        var tenant = await Seed.TenantAsync(storage);
        var submission = await Seed.SubmitAsync(tenant, """{"a": 1}""", destination);
        using var receiver = new Receiver(Secret) { Behaviour = _ => (422, TimeSpan.Zero) };
        var worker = new QueueWorker(storage, Webhook(destination, receiver.Url, TimeSpan.FromSeconds(5)), new QueueWorkerOptions { Destination = destination }, Fixture.Time);

        var pass = await worker.RunOnceAsync();

        Assert.Equal(new WorkerPass(1, 0, 0, 1, 0), pass);
        var dead = Assert.Single(await tenant.Queue.ListDeadLettersAsync());
        Assert.Equal(1, dead.Attempts);
        Assert.Contains("HTTP 422", dead.LastError, StringComparison.Ordinal);
        var failed = Assert.Single(await tenant.Submissions.GetHistoryAsync(submission.Id), h => h.Status == SubmissionStatus.Failed);
        Assert.Contains("HTTP 422", failed.Detail, StringComparison.Ordinal);

        receiver.Behaviour = _ => (200, TimeSpan.Zero);
        Assert.Equal(QueueOutcome.Done, await tenant.Queue.RequeueAsync(dead.Id));
        Assert.Equal(new WorkerPass(1, 1, 0, 0, 0), await worker.RunOnceAsync());

        Assert.Empty(await tenant.Queue.ListDeadLettersAsync());
        Assert.Equal([1, 1], receiver.Requests.GroupBy(r => r.Status).Select(g => g.Count()));
        Assert.All(receiver.Requests, r => Assert.Equal(dead.Id.ToString("D"), r.Key));
        Assert.Equal(
            [SubmissionStatus.Received, SubmissionStatus.Queued, SubmissionStatus.Failed, SubmissionStatus.Queued, SubmissionStatus.Delivered],
            (await tenant.Submissions.GetHistoryAsync(submission.Id)).Select(h => h.Status));
    }

    [SkippableFact]
    public async Task RunOnce_Always503_BacksOffThenDeadLettersAtMaxAttempts()
    {
        Fixture.Require();
        var storage = Fixture.Storage;
        var destination = NewDestination();
        var tenant = await Seed.TenantAsync(storage);
        var submission = await Seed.SubmitAsync(tenant, """{"a": 1}""", destination);
        using var receiver = new Receiver(Secret) { Behaviour = _ => (503, TimeSpan.Zero) };
        var options = new QueueWorkerOptions { Destination = destination, MaxAttempts = 3, BackoffBase = TimeSpan.FromSeconds(10), BackoffCap = TimeSpan.FromSeconds(25) };
        var worker = new QueueWorker(storage, Webhook(destination, receiver.Url, TimeSpan.FromSeconds(5)), options, Fixture.Time, random: new Random(7));
        var jitter = new Random(7);

        for (var failures = 1; failures <= 2; failures++)
        {
            var before = Fixture.Time.GetUtcNow();
            Assert.Equal(new WorkerPass(1, 0, 1, 0, 0), await worker.RunOnceAsync());
            var item = Assert.Single(await tenant.Queue.ListForSubmissionAsync(submission.Id));
            var expected = before + Backoff.Delay(failures, options.BackoffBase, options.BackoffCap, jitter.NextDouble());
            Assert.Equal(expected.UtcTicks / 10, item.NextAttemptAt.UtcTicks / 10); // stored to the microsecond
            Assert.Equal(new WorkerPass(0, 0, 0, 0, 0), await worker.RunOnceAsync()); // not due yet
            Fixture.Time.Advance(options.BackoffCap);
        }

        Assert.Equal(new WorkerPass(1, 0, 0, 1, 0), await worker.RunOnceAsync());
        var dead = Assert.Single(await tenant.Queue.ListDeadLettersAsync());
        Assert.Equal(3, dead.Attempts);
        Assert.Contains("HTTP 503", dead.LastError, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task RunOnce_UnknownDestination_RetriedNotDeadLettered()
    {
        Fixture.Require();
        var storage = Fixture.Storage;
        var destination = NewDestination();
        var tenant = await Seed.TenantAsync(storage);
        var submission = await Seed.SubmitAsync(tenant, """{"a": 1}""", destination);
        var worker = new QueueWorker(storage, new DestinationRegistry([]), new QueueWorkerOptions { Destination = destination }, Fixture.Time);

        Assert.Equal(new WorkerPass(1, 0, 1, 0, 0), await worker.RunOnceAsync());

        var item = Assert.Single(await tenant.Queue.ListForSubmissionAsync(submission.Id));
        Assert.Equal(QueueItemStatus.Pending, item.Status);
        Assert.Contains("not configured", item.LastError, StringComparison.Ordinal);
    }
}
