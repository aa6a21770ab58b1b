namespace Perizinan.Storage.Sql;

/// <summary>
/// The stores' clock: UTC from the injected <see cref="TimeProvider"/>, cut to whole microseconds so that every
/// provider (PostgreSQL keeps microseconds) gives back exactly the instant that was written — the audit chain hashes it.
/// </summary>
internal static class Clock
{
    public static DateTimeOffset Now(TimeProvider time) => Truncate(time.GetUtcNow());

    public static DateTimeOffset Truncate(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % 10), TimeSpan.Zero);
    }
}
