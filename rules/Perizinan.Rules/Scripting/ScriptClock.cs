using System.Globalization;
using Jint.Runtime;

namespace Perizinan.Rules.Scripting;

/// <summary>
/// The only clock a script sees: midnight UTC of the evaluation date (<see cref="Functions.FunctionContext.Today"/>),
/// so <c>new Date()</c>, <c>Date.now()</c> and <c>Temporal.Now</c> never read the machine clock and a function gives
/// the same answer for the same inputs and date. Time zone is UTC. One per engine; set before each call by the
/// thread that rented the engine.
/// </summary>
internal sealed class ScriptClock : ITimeSystem
{
    private readonly DefaultTimeSystem _parser = new(TimeZoneInfo.Utc, CultureInfo.InvariantCulture);

    /// <summary>The date the script is told it is; 1970-01-01 while top-level code runs.</summary>
    public DateOnly Today { get; set; } = DateOnly.FromDateTime(DateTime.UnixEpoch);

    /// <inheritdoc />
    public TimeZoneInfo DefaultTimeZone => TimeZoneInfo.Utc;

    /// <inheritdoc />
    public DateTimeOffset GetUtcNow() => new(Today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <inheritdoc />
    public TimeSpan GetUtcOffset(long epochMilliseconds) => TimeSpan.Zero;

    /// <inheritdoc />
    public bool TryParse(string date, out long epochMilliseconds) => _parser.TryParse(date, out epochMilliseconds);
}
