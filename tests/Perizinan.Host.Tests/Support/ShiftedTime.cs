namespace Perizinan.Host.Tests.Support;

/// <summary>
/// A clock that starts at a fixed instant and then runs at real speed: the rules see a known date (so sample answers
/// with event dates stay valid), while leases, back-off and timers still move.
/// </summary>
public sealed class ShiftedTime(DateTimeOffset start) : TimeProvider
{
    private readonly TimeSpan _shift = start - System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _shift;
}
