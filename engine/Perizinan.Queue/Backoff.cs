namespace Perizinan.Queue;

/// <summary>
/// Exponential backoff with full jitter: the delay before retry <c>n</c> (after the n-th failure) is uniform in
/// <c>[0, min(cap, base × 2^(n-1))]</c>. Full jitter spreads the retries of many items that failed together (an outage)
/// instead of sending them back in waves.
/// </summary>
internal static class Backoff
{
    public static TimeSpan Delay(int failures, TimeSpan backoffBase, TimeSpan cap, double unit)
    {
        var exponent = Math.Clamp(failures - 1, 0, 40);
        var ceiling = Math.Min(cap.Ticks, backoffBase.Ticks * Math.Pow(2, exponent));
        return TimeSpan.FromTicks((long)(ceiling * unit));
    }
}
