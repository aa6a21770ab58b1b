using Microsoft.Extensions.Options;

namespace Perizinan.Host.Configuration;

/// <summary>
/// "Today" for the rules (ages, durations, deadlines) in the Pemda's own time zone: a citizen in Jayapura at 01:00 WIT
/// is already on the next day while UTC is not. Thread-safe.
/// </summary>
internal sealed class PermitCalendar(IOptions<PerizinanOptions> options, TimeProvider time)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    /// <summary>The current date in the configured time zone.</summary>
    public DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), _zone).DateTime);

    /// <summary>A moment as the Pemda's clocks show it.</summary>
    public DateTimeOffset Local(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, _zone);

    /// <summary>A moment written for people in the Pemda's zone: <c>25 November 2026 10.00</c>.</summary>
    public string Show(DateTimeOffset moment, string lang) => Web.PeopleFormat.DateTime(Local(moment), lang);
}
