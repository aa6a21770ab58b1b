using System.Collections.Concurrent;
using Perizinan.Storage.Queue;
using Perizinan.Storage.Submissions;
using Perizinan.Storage.Tests.Providers;

namespace Perizinan.Storage.Tests.Contracts;

/// <summary>Leases, acks, failures with backoff, dead letters, requeue and expired leases.</summary>
public abstract class QueueStoreContract(ProviderFixture fixture) : StoreContract(fixture)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    [SkippableFact]
    public async Task Lease_ThenAck_DeliveredOnceAndInHistory()
    {
        var destination = NewDestination();
        var (tenant, submission) = await SubmittedAsync(destination);

        var leases = await Storage.Queue.LeaseAsync("worker-1", destination, 10, Lease);

        var lease = Assert.Single(leases);
        Assert.Equal((submission.Id, tenant.TenantId, "worker-1"), (lease.Item.SubmissionId, lease.Item.TenantId, lease.Item.LeasedBy));
        Assert.Equal(Time.GetUtcNow() + Lease, lease.Item.LeasedUntil);
        Assert.Empty(await Storage.Queue.LeaseAsync("worker-2", destination, 10, Lease));
        Assert.Equal(QueueOutcome.LeaseLost, await Storage.Queue.AckAsync(lease.Item.Id, Guid.NewGuid()));
        Assert.Equal(QueueOutcome.Done, await Storage.Queue.AckAsync(lease.Item.Id, lease.Token));
        Assert.Equal(QueueOutcome.LeaseLost, await Storage.Queue.AckAsync(lease.Item.Id, lease.Token));
        Assert.Equal(QueueOutcome.NotFound, await Storage.Queue.AckAsync(Guid.NewGuid(), lease.Token));
        Time.Advance(Lease * 2);
        Assert.Empty(await Storage.Queue.LeaseAsync("worker-2", destination, 10, Lease));
        Assert.Equal(QueueItemStatus.Delivered, Assert.Single(await tenant.Queue.ListForSubmissionAsync(submission.Id)).Status);
        Assert.Equal(
            [SubmissionStatus.Received, SubmissionStatus.Queued, SubmissionStatus.Delivered],
            (await tenant.Submissions.GetHistoryAsync(submission.Id)).Select(h => h.Status));
    }

    [SkippableFact]
    public async Task Lease_Expired_LeasableAgainAndOldTokenLost()
    {
        var destination = NewDestination();
        await SubmittedAsync(destination);
        var first = Assert.Single(await Storage.Queue.LeaseAsync("worker-dies", destination, 10, Lease));

        Time.Advance(Lease - TimeSpan.FromSeconds(1));
        Assert.Empty(await Storage.Queue.LeaseAsync("worker-2", destination, 10, Lease));
        Time.Advance(TimeSpan.FromSeconds(1));
        var second = Assert.Single(await Storage.Queue.LeaseAsync("worker-2", destination, 10, Lease));

        Assert.Equal(first.Item.Id, second.Item.Id);
        Assert.NotEqual(first.Token, second.Token);
        Assert.Equal(QueueOutcome.LeaseLost, await Storage.Queue.AckAsync(first.Item.Id, first.Token));
        Assert.Equal(QueueOutcome.Done, await Storage.Queue.AckAsync(second.Item.Id, second.Token));
    }

    [SkippableFact]
    public async Task Fail_Backoff_DueAgainOnlyAtNextAttempt()
    {
        var destination = NewDestination();
        await SubmittedAsync(destination);
        var lease = Assert.Single(await Storage.Queue.LeaseAsync("worker-1", destination, 10, Lease));

        var failed = await Storage.Queue.FailAsync(lease.Item.Id, lease.Token, "HTTP 503", Time.GetUtcNow() + TimeSpan.FromSeconds(30), maxAttempts: 3);

        Assert.Equal(new FailResult(QueueOutcome.Done, 1, false), failed);
        Assert.Empty(await Storage.Queue.LeaseAsync("worker-1", destination, 10, Lease));
        Time.Advance(TimeSpan.FromSeconds(30));
        var again = Assert.Single(await Storage.Queue.LeaseAsync("worker-1", destination, 10, Lease));
        Assert.Equal((1, "HTTP 503"), (again.Item.Attempts, again.Item.LastError));
        Assert.Equal(QueueOutcome.LeaseLost, (await Storage.Queue.FailAsync(lease.Item.Id, lease.Token, "late", Time.GetUtcNow(), 3)).Outcome);
    }

    [SkippableFact]
    public async Task Fail_MaxAttempts_DeadLetterListedThenRequeued()
    {
        var destination = NewDestination();
        var (tenant, submission) = await SubmittedAsync(destination);
        FailResult? last = null;
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var lease = Assert.Single(await Storage.Queue.LeaseAsync("worker-1", destination, 10, Lease));
            last = await Storage.Queue.FailAsync(lease.Item.Id, lease.Token, $"timeout {attempt}", Time.GetUtcNow(), maxAttempts: 3);
        }

        Assert.Equal(new FailResult(QueueOutcome.Done, 3, true), last);
        Time.Advance(TimeSpan.FromDays(1));
        Assert.Empty(await Storage.Queue.LeaseAsync("worker-1", destination, 10, Lease));
        var dead = Assert.Single(await tenant.Queue.ListDeadLettersAsync());
        Assert.Equal((QueueItemStatus.DeadLetter, 3, "timeout 3"), (dead.Status, dead.Attempts, dead.LastError));
        Assert.Equal(SubmissionStatus.Failed, (await tenant.Submissions.GetHistoryAsync(submission.Id))[^1].Status);

        Assert.Equal(QueueOutcome.Done, await tenant.Queue.RequeueAsync(dead.Id));
        Assert.Equal(QueueOutcome.NotDeadLetter, await tenant.Queue.RequeueAsync(dead.Id));
        Assert.Equal(QueueOutcome.NotFound, await tenant.Queue.RequeueAsync(Guid.NewGuid()));
        Assert.Empty(await tenant.Queue.ListDeadLettersAsync());
        var back = Assert.Single(await Storage.Queue.LeaseAsync("worker-1", destination, 10, Lease));
        Assert.Equal(0, back.Item.Attempts);
        Assert.Equal(QueueOutcome.Done, await Storage.Queue.AckAsync(back.Item.Id, back.Token));
        Assert.Equal(
            [SubmissionStatus.Received, SubmissionStatus.Queued, SubmissionStatus.Failed, SubmissionStatus.Queued, SubmissionStatus.Delivered],
            (await tenant.Submissions.GetHistoryAsync(submission.Id)).Select(h => h.Status));
    }

    [SkippableFact]
    public async Task Lease_Max_TakesAtMostMaxOldestFirst()
    {
        var destination = NewDestination();
        var (tenant, _) = await SubmittedAsync(destination);
        Time.Advance(TimeSpan.FromSeconds(1));
        for (var i = 0; i < 4; i++)
        {
            await tenant.Submissions.SubmitAsync(Request(await NewDraftAsync(tenant), destination));
        }

        var leases = await Storage.Queue.LeaseAsync("worker-1", destination, 3, Lease);

        Assert.Equal(3, leases.Count);
        Assert.Equal(2, (await Storage.Queue.LeaseAsync("worker-2", destination, 3, Lease)).Count);
        Assert.Equal(leases.Select(l => l.Item.NextAttemptAt).Order(), leases.Select(l => l.Item.NextAttemptAt));
    }

    [SkippableFact]
    public async Task Lease_ConcurrentLeasers_NeverTheSameItem()
    {
        var destination = NewDestination();
        var (tenant, _) = await SubmittedAsync(destination);
        for (var i = 0; i < 39; i++)
        {
            await tenant.Submissions.SubmitAsync(Request(await NewDraftAsync(tenant), destination));
        }

        var leased = new ConcurrentBag<Guid>();
        await Task.WhenAll(Enumerable.Range(0, 6).Select(worker => Task.Run(async () =>
        {
            while (true)
            {
                var leases = await Storage.Queue.LeaseAsync($"worker-{worker}", destination, 3, Lease);
                if (leases.Count == 0)
                {
                    return;
                }

                foreach (var lease in leases)
                {
                    leased.Add(lease.Item.Id);
                    Assert.Equal(QueueOutcome.Done, await Storage.Queue.AckAsync(lease.Item.Id, lease.Token));
                }
            }
        })));

        Assert.Equal(40, leased.Count);
        Assert.Equal(40, leased.Distinct().Count());
    }
}
