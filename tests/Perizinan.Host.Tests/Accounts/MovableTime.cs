namespace Perizinan.Host.Tests.Accounts;

/// <summary>
/// Like <c>ShiftedTime</c> (a fixed start, then real speed), but a test can also jump ahead, e.g. past a code's
/// lifetime. Thread-safe.
/// </summary>
public sealed class MovableTime(DateTimeOffset start) : TimeProvider
{
    private readonly TimeSpan _shift = start - System.GetUtcNow();
    private long _advancedTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _shift + TimeSpan.FromTicks(Interlocked.Read(ref _advancedTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _advancedTicks, by.Ticks);
}
