using System.Globalization;

namespace Perizinan.Host.Web;

/// <summary>
/// Numbers, rupiah and dates as people write them in Indonesian (<c>1.250.000,5</c>, <c>1 Desember 2026</c>) and English
/// (<c>1,250,000.5</c>, <c>1 December 2026</c>). Own tables, because the host runs in invariant-globalization mode (no ICU
/// data on small servers), and the texts must be the same on every machine.
/// </summary>
internal static class PeopleFormat
{
    private static readonly string[] MonthsId = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
    private static readonly string[] MonthsEn = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly NumberFormatInfo Indonesian = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = "," };
    private static readonly NumberFormatInfo English = new() { NumberGroupSeparator = ",", NumberDecimalSeparator = "." };

    /// <summary>A number with thousands grouped and at most two decimals.</summary>
    public static string Number(decimal value, string lang) => value.ToString("#,0.##", lang == "en" ? English : Indonesian);

    /// <summary>An amount in rupiah (<c>Rp1.250.000</c>).</summary>
    public static string Rupiah(decimal value, string lang) => "Rp" + Number(value, lang);

    /// <summary>A date (<c>1 Desember 2026</c>).</summary>
    public static string Date(DateOnly date, string lang) =>
        $"{date.Day} {(lang == "en" ? MonthsEn : MonthsId)[date.Month - 1]} {date.Year}";

    /// <summary>A date and time of day (<c>1 Desember 2026 09.30</c>, <c>1 December 2026 09:30</c>).</summary>
    public static string DateTime(DateTimeOffset moment, string lang) =>
        Date(DateOnly.FromDateTime(moment.DateTime), lang) + " " + moment.ToString(lang == "en" ? "HH:mm" : "HH.mm", CultureInfo.InvariantCulture);
}
