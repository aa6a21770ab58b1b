using Perizinan.Storage.Queue;

namespace Perizinan.Queue.Tests.Model;

/// <summary>
/// The queue as a few lines of plain C#: what the store should do, written from docs/storage.md's queue semantics.
/// </summary>
public sealed class QueueModel
{
    public const int MaxAttempts = 3;

    public static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(60);

    public List<ModelItem> Items { get; } = [];

    public void Enqueue(Guid id, DateTimeOffset now) => Items.Add(new ModelItem { Id = id, Due = now });

    /// <summary>Pending, due, not under a live lease; oldest due first, then by id text (the store's order).</summary>
    public List<ModelItem> Lease(int max, Guid token, DateTimeOffset now)
    {
        var leased = Items
            .Where(i => i.Status == QueueItemStatus.Pending && i.Due <= now && (i.LeasedUntil is null || i.LeasedUntil <= now))
            .OrderBy(i => i.Due).ThenBy(i => i.Id.ToString("D"), StringComparer.Ordinal)
            .Take(max).ToList();
        foreach (var item in leased)
        {
            item.Token = token;
            item.LeasedUntil = now + LeaseDuration;
        }

        return leased;
    }

    public QueueOutcome Ack(Guid id, Guid token)
    {
        var item = Items.Single(i => i.Id == id);
        if (item.Status != QueueItemStatus.Pending || item.Token != token)
        {
            return QueueOutcome.LeaseLost;
        }

        item.Status = QueueItemStatus.Delivered;
        Release(item);
        return QueueOutcome.Done;
    }

    public FailResult Fail(Guid id, Guid token, DateTimeOffset next, DateTimeOffset now)
    {
        var item = Items.Single(i => i.Id == id);
        if (item.Status != QueueItemStatus.Pending || item.Token != token)
        {
            return new FailResult(QueueOutcome.LeaseLost, 0, false);
        }

        item.Attempts++;
        var dead = item.Attempts >= MaxAttempts;
        item.Status = dead ? QueueItemStatus.DeadLetter : QueueItemStatus.Pending;
        item.Due = dead ? now : next;
        Release(item);
        return new FailResult(QueueOutcome.Done, item.Attempts, dead);
    }

    public QueueOutcome Requeue(Guid id, DateTimeOffset now)
    {
        var item = Items.Single(i => i.Id == id);
        if (item.Status != QueueItemStatus.DeadLetter)
        {
            return QueueOutcome.NotDeadLetter;
        }

        item.Status = QueueItemStatus.Pending;
        item.Attempts = 0;
        item.Due = now;
        Release(item);
        return QueueOutcome.Done;
    }

    private static void Release(ModelItem item)
    {
        item.Token = null;
        item.LeasedUntil = null;
    }
}
