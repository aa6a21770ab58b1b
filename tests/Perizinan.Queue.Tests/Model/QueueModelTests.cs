using FsCheck;
using FsCheck.Fluent;
using Perizinan.Queue.Tests.Support;
using Perizinan.Storage;
using Perizinan.Storage.Queue;
using Perizinan.Storage.Tests.Providers;

namespace Perizinan.Queue.Tests.Model;

/// <summary>
/// Model-based test of the queue state machine on SQLite: random sequences of submit (enqueue), lease, ack, fail,
/// clock moves (leases and backoffs expire), requeue and worker crashes run against the real store and against
/// <see cref="QueueModel"/>; after every step each item's status, attempts and due time, and the dead letters, agree.
/// </summary>
public sealed class QueueModelTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    private static Gen<QueueOperation> Operation()
    {
        var worker = Gen.Choose(0, 1);
        var pick = Gen.Choose(0, 20);
        return Gen.Frequency(new (int, Gen<QueueOperation>)[]
        {
            (4, Gen.Constant<QueueOperation>(new QueueOperation.Submit())),
            (4, Gen.Zip(worker, Gen.Choose(1, 3)).Select(t => (QueueOperation)new QueueOperation.Lease(t.Item1, t.Item2))),
            (3, Gen.Zip(worker, pick).Select(t => (QueueOperation)new QueueOperation.Ack(t.Item1, t.Item2))),
            (3, Gen.Zip(Gen.Zip(worker, pick), Gen.Choose(0, 40)).Select(t => (QueueOperation)new QueueOperation.Fail(t.Item1.Item1, t.Item1.Item2, t.Item2))),
            (3, Gen.Choose(1, 90).Select(s => (QueueOperation)new QueueOperation.Advance(s))),
            (1, pick.Select(p => (QueueOperation)new QueueOperation.Requeue(p))),
            (1, worker.Select(w => (QueueOperation)new QueueOperation.Crash(w))),
        });
    }

    [Fact]
    public async Task RandomOperations_StoreAgreesWithModel()
    {
        var storage = fixture.Storage;
        var tenant = await Seed.TenantAsync(storage);
        var operations = Gen.Choose(5, 35).SelectMany(n => Gen.ListOf(Operation(), n)).Select(l => l.ToArray());

        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(30),
            Prop.ForAll(Arb.From(operations), ops => Run(storage, tenant, ops).GetAwaiter().GetResult()));
    }

    private async Task Run(Storage.Storage storage, ITenantStorage tenant, QueueOperation[] operations)
    {
        var time = fixture.Time;
        var destination = "model-" + Guid.NewGuid().ToString("N")[..8];
        var model = new QueueModel();
        var held = new[] { new List<(Guid Item, Guid Token)>(), new List<(Guid Item, Guid Token)>() };
        var log = new List<string>();
        foreach (var operation in operations)
        {
            log.Add(operation.ToString());
            var now = time.GetUtcNow();
            switch (operation)
            {
                case QueueOperation.Submit:
                    var submission = await Seed.SubmitAsync(tenant, "{}", destination);
                    var item = Assert.Single(await tenant.Queue.ListForSubmissionAsync(submission.Id));
                    model.Items.Add(new ModelItem { Id = item.Id, SubmissionId = submission.Id, Due = now });
                    break;
                case QueueOperation.Lease(var w, var max):
                    var leases = await storage.Queue.LeaseAsync($"model-worker-{w}", destination, max, QueueModel.LeaseDuration);
                    var token = leases.Count > 0 ? leases[0].Token : Guid.NewGuid();
                    var expected = model.Lease(max, token, now);
                    Assert.True(expected.Select(i => i.Id).SequenceEqual(leases.Select(l => l.Item.Id)), Describe(log, "lease"));
                    held[w].AddRange(leases.Select(l => (l.Item.Id, l.Token)));
                    break;
                case QueueOperation.Ack(var w, var p) when held[w].Count > 0:
                    var (ackItem, ackToken) = Take(held[w], p);
                    Assert.True(model.Ack(ackItem, ackToken) == await storage.Queue.AckAsync(ackItem, ackToken), Describe(log, "ack"));
                    break;
                case QueueOperation.Fail(var w, var p, var delay) when held[w].Count > 0:
                    var (failItem, failToken) = Take(held[w], p);
                    var next = now + TimeSpan.FromSeconds(delay);
                    var actual = await storage.Queue.FailAsync(failItem, failToken, "HTTP 503", next, QueueModel.MaxAttempts);
                    Assert.True(model.Fail(failItem, failToken, next, now) == actual, Describe(log, $"fail gave {actual}"));
                    break;
                case QueueOperation.Advance(var seconds):
                    time.Advance(TimeSpan.FromSeconds(seconds));
                    break;
                case QueueOperation.Requeue(var p) when model.Items.Count > 0:
                    var requeued = model.Items[p % model.Items.Count];
                    Assert.True(model.Requeue(requeued.Id, now) == await tenant.Queue.RequeueAsync(requeued.Id), Describe(log, "requeue"));
                    break;
                case QueueOperation.Crash(var w):
                    held[w].Clear();
                    break;
            }

            await CompareAsync(tenant, model, log);
        }
    }

    private static (Guid, Guid) Take(List<(Guid Item, Guid Token)> held, int pick)
    {
        var entry = held[pick % held.Count];
        held.Remove(entry);
        return entry;
    }

    private static async Task CompareAsync(ITenantStorage tenant, QueueModel model, List<string> log)
    {
        foreach (var expected in model.Items)
        {
            var actual = Assert.Single(await tenant.Queue.ListForSubmissionAsync(expected.SubmissionId));
            Assert.True(
                (expected.Status, expected.Attempts) == (actual.Status, actual.Attempts)
                && (expected.Status != QueueItemStatus.Pending || expected.Due == actual.NextAttemptAt),
                Describe(log, $"item {expected.Id}: model {expected.Status}/{expected.Attempts}/{expected.Due:O}, store {actual.Status}/{actual.Attempts}/{actual.NextAttemptAt:O}"));
        }

        var dead = (await tenant.Queue.ListDeadLettersAsync()).Where(i => model.Items.Any(m => m.Id == i.Id)).Select(i => i.Id).Order();
        Assert.Equal(model.Items.Where(i => i.Status == QueueItemStatus.DeadLetter).Select(i => i.Id).Order(), dead);
    }

    private static string Describe(List<string> log, string what) => $"{what} disagrees with the model after: {string.Join(" ; ", log)}";
}
