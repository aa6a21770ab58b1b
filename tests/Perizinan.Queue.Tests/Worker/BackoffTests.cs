using FsCheck;
using FsCheck.Fluent;

namespace Perizinan.Queue.Tests.Worker;

/// <summary>Exponential backoff with full jitter.</summary>
public sealed class BackoffTests
{
    [Fact]
    public void Delay_FullJitterBounds_DoublesUpToCap()
    {
        var b = TimeSpan.FromSeconds(2);
        var cap = TimeSpan.FromSeconds(60);

        Assert.Equal(TimeSpan.Zero, Backoff.Delay(1, b, cap, 0));
        Assert.Equal(TimeSpan.FromSeconds(2), Backoff.Delay(1, b, cap, 1));
        Assert.Equal(TimeSpan.FromSeconds(4), Backoff.Delay(2, b, cap, 1));
        Assert.Equal(TimeSpan.FromSeconds(32), Backoff.Delay(5, b, cap, 1));
        Assert.Equal(cap, Backoff.Delay(6, b, cap, 1));
        Assert.Equal(cap, Backoff.Delay(1000, b, cap, 1));
    }

    [Fact]
    public void Delay_AnyFailureCount_WithinZeroAndCap() =>
        Prop.ForAll(Arb.From(Gen.Zip(Gen.Choose(1, 100_000), Gen.Choose(0, 1000))), input =>
        {
            var delay = Backoff.Delay(input.Item1, TimeSpan.FromMilliseconds(50), TimeSpan.FromMinutes(10), input.Item2 / 1000.0);
            return delay >= TimeSpan.Zero && delay <= TimeSpan.FromMinutes(10);
        }).QuickCheckThrowOnFailure();
}
