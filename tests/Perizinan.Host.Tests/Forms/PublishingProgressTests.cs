using Perizinan.Host.Forms;

namespace Perizinan.Host.Tests.Forms;

public sealed class PublishingProgressTests
{
    [Fact]
    public async Task AFormStillPublishing_IsWaitedFor_OthersAreNot_AndDoneFollowsTheWholeSet()
    {
        var progress = new PublishingProgress();
        var reklame = new TaskCompletionSource();
        var keramaian = new TaskCompletionSource();
        var all = Task.WhenAll(reklame.Task, keramaian.Task);
        progress.Track(new Dictionary<string, Task> { ["izin-reklame"] = reklame.Task, ["izin-keramaian"] = keramaian.Task }, all);

        var waitReklame = progress.WaitForAsync("izin-reklame", CancellationToken.None);
        Assert.True(progress.WaitForAsync("pbg", CancellationToken.None).IsCompleted);
        Assert.False(waitReklame.IsCompleted);
        Assert.False(progress.Done);

        reklame.SetResult();
        await waitReklame;
        Assert.False(progress.WaitForAllAsync(CancellationToken.None).IsCompleted);

        keramaian.SetResult();
        await progress.WaitForAllAsync(CancellationToken.None);
        Assert.True(progress.Done);
    }

    [Fact]
    public async Task Waiting_CanBeCancelled()
    {
        var progress = new PublishingProgress();
        var never = new TaskCompletionSource();
        progress.Track(new Dictionary<string, Task> { ["izin-reklame"] = never.Task }, never.Task);
        using var cancel = new CancellationTokenSource();

        var wait = progress.WaitForAsync("izin-reklame", cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
    }
}
