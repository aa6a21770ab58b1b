using System.Globalization;
using Perizinan.Rules.Model;
using static Perizinan.Rules.Functions.Builtin;

namespace Perizinan.Rules.Functions;

/// <summary>
/// Date functions. "Today" is always <see cref="FunctionContext.Today"/>, never the machine clock. Whole months
/// and years are counted the way <c>add_months</c> moves: <c>n</c> months have passed from <c>a</c> to <c>b</c> when
/// <c>add_months(a, n) &lt;= b</c>, so a birthday on 29 February is reached on 28 February in common years.
/// </summary>
internal static class DateFunctions
{
    private static readonly string[] ParseFormats = ["yyyy-MM-dd", "d-M-yyyy", "d'/'M'/'yyyy"];

    /// <summary>The date functions, in the order of the language reference.</summary>
    public static IReadOnlyList<FunctionDefinition> Definitions { get; } =
    [
        Define("today", [], DslType.Date, (_, ctx) => Value.Date(ctx.Today),
            "Tanggal evaluasi (dari pemanggil, bukan jam server).",
            "The evaluation date (given by the caller, not the server clock)."),
        Define("age", [DslType.Date], DslType.Number,
            (a, ctx) => TryDate(a, 0, out var birth) ? Value.Number(MonthsBetween(birth, ctx.Today) / 12) : Value.Empty,
            "Umur dalam tahun penuh pada hari ini (negatif bila tanggal sesudah hari ini).",
            "Age in whole years completed today (negative when the date is after today)."),
        Define("years_between", [DslType.Date, DslType.Date], DslType.Number,
            (a, _) => Between(a, (x, y) => MonthsBetween(x, y) / 12),
            "Jumlah tahun penuh dari tanggal pertama ke tanggal kedua (boleh negatif).",
            "Whole years from the first date to the second (negative when the second is earlier)."),
        Define("months_between", [DslType.Date, DslType.Date], DslType.Number,
            (a, _) => Between(a, MonthsBetween),
            "Jumlah bulan penuh dari tanggal pertama ke tanggal kedua (boleh negatif).",
            "Whole months from the first date to the second (negative when the second is earlier)."),
        Define("days_between", [DslType.Date, DslType.Date], DslType.Number,
            (a, _) => Between(a, (x, y) => y.DayNumber - x.DayNumber),
            "Jumlah hari dari tanggal pertama ke tanggal kedua (boleh negatif).",
            "Days from the first date to the second (negative when the second is earlier)."),
        Define("add_days", [DslType.Date, DslType.Number], DslType.Date, AddDays,
            "Tanggal ditambah sejumlah hari (pecahan dibuang; kosong bila di luar rentang tanggal).",
            "The date plus a number of days (fraction dropped; empty when outside the date range)."),
        Define("add_months", [DslType.Date, DslType.Number], DslType.Date,
            (a, _) => TryDate(a, 0, out var d) && TryInteger(a, 1, out var n) ? FromNullable(AddMonths(d, n)) : Value.Empty,
            "Tanggal ditambah sejumlah bulan; tanggal 31 menjadi akhir bulan bila perlu (31 Jan + 1 = 28/29 Feb).",
            "The date plus a number of months, clamped to the month's end (31 Jan + 1 = 28/29 Feb)."),
        Define("add_years", [DslType.Date, DslType.Number], DslType.Date,
            (a, _) => TryDate(a, 0, out var d) && TryInteger(a, 1, out var n) && Math.Abs((long)n) <= 10_000
                ? FromNullable(AddMonths(d, n * 12))
                : Value.Empty,
            "Tanggal ditambah sejumlah tahun; 29 Feb menjadi 28 Feb pada tahun biasa.",
            "The date plus a number of years; 29 Feb becomes 28 Feb in common years."),
        Define("year", [DslType.Date], DslType.Number,
            (a, _) => TryDate(a, 0, out var d) ? Value.Number(d.Year) : Value.Empty,
            "Tahun dari tanggal.", "The year of the date."),
        Define("month", [DslType.Date], DslType.Number,
            (a, _) => TryDate(a, 0, out var d) ? Value.Number(d.Month) : Value.Empty,
            "Bulan dari tanggal (1–12).", "The month of the date (1–12)."),
        Define("day", [DslType.Date], DslType.Number,
            (a, _) => TryDate(a, 0, out var d) ? Value.Number(d.Day) : Value.Empty,
            "Tanggal dalam bulan (1–31).", "The day of the month (1–31)."),
        Define("date", [DslType.Number, DslType.Number, DslType.Number], DslType.Date, MakeDate,
            "Tanggal dari tahun, bulan, hari; kosong bila tidak ada tanggal seperti itu.",
            "A date from year, month and day; empty when no such date exists."),
        Define("parse_date", [DslType.Text], DslType.Date, ParseDate,
            "Membaca tanggal yyyy-MM-dd, dd-MM-yyyy atau dd/MM/yyyy; kosong bila tidak valid.",
            "Reads a date written yyyy-MM-dd, dd-MM-yyyy or dd/MM/yyyy; empty when not valid."),
    ];

    /// <summary>
    /// Whole months from <paramref name="from"/> to <paramref name="to"/>: the largest <c>n</c> with
    /// <c>AddMonths(from, n) &lt;= to</c>; negated when <paramref name="to"/> is earlier.
    /// </summary>
    public static int MonthsBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -MonthsBetween(to, from);
        }

        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month;
        if (AddMonths(from, months) is not { } reached || reached > to)
        {
            months--;
        }

        return months;
    }

    /// <summary>Adds months, clamping the day to the end of the target month; null when outside years 1–9999.</summary>
    public static DateOnly? AddMonths(DateOnly date, long months)
    {
        var index = ((long)date.Year * 12) + date.Month - 1 + months;
        if (index < 12 || index >= 10_000L * 12)
        {
            return null;
        }

        var year = (int)(index / 12);
        var month = (int)(index % 12) + 1;
        return new DateOnly(year, month, Math.Min(date.Day, DateTime.DaysInMonth(year, month)));
    }

    private static Value Between(Value[] args, Func<DateOnly, DateOnly, int> measure) =>
        TryDate(args, 0, out var from) && TryDate(args, 1, out var to) ? Value.Number(measure(from, to)) : Value.Empty;

    private static Value AddDays(Value[] args, FunctionContext _)
    {
        if (!TryDate(args, 0, out var date) || !TryNumber(args, 1, out var days))
        {
            return Value.Empty;
        }

        var target = date.DayNumber + decimal.Truncate(days);
        return target >= DateOnly.MinValue.DayNumber && target <= DateOnly.MaxValue.DayNumber
            ? Value.Date(DateOnly.FromDayNumber((int)target))
            : Value.Empty;
    }

    private static Value MakeDate(Value[] args, FunctionContext _)
    {
        if (!TryExactInteger(args, 0, out var year) || !TryExactInteger(args, 1, out var month)
            || !TryExactInteger(args, 2, out var day))
        {
            return Value.Empty;
        }

        return year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? Value.Date(new DateOnly(year, month, day))
            : Value.Empty;
    }

    private static Value ParseDate(Value[] args, FunctionContext _) =>
        TryText(args, 0, out var text)
        && DateOnly.TryParseExact(text.Trim(), ParseFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? Value.Date(date)
            : Value.Empty;

    private static Value FromNullable(DateOnly? date) => date is { } d ? Value.Date(d) : Value.Empty;
}
