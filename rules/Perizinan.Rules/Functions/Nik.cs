namespace Perizinan.Rules.Functions;

/// <summary>
/// A decoded NIK (Nomor Induk Kependudukan): 2 digits province, 2 kabupaten/kota, 2 kecamatan, DDMMYY birth date
/// (day + 40 for women) and a 4-digit serial. The two-digit year is resolved to the latest century that does not
/// put the birth after "today", so a NIK of someone born in 1920 decodes as 2020: the century is a guess, which is
/// why forms also ask for the birth date.
/// </summary>
/// <param name="Digits">The 16 digits, without separators.</param>
/// <param name="ProvinceCode">The first two digits, a current province code.</param>
/// <param name="BirthDate">The embedded birth date with the resolved century.</param>
/// <param name="IsFemale">Whether the day was written plus 40.</param>
internal readonly record struct Nik(string Digits, string ProvinceCode, DateOnly BirthDate, bool IsFemale)
{
    /// <summary>"L" (laki-laki) or "P" (perempuan), as on the KTP.</summary>
    public string Sex => IsFemale ? "P" : "L";

    /// <summary>
    /// Decodes <paramref name="text"/> (spaces, dots and dashes are ignored). Fails unless it is exactly 16 digits
    /// with a current province code, kabupaten/kota and kecamatan other than 00, a real birth date not after
    /// <paramref name="today"/>, and a serial other than 0000.
    /// </summary>
    public static bool TryParse(string? text, DateOnly today, out Nik nik)
    {
        nik = default;
        var digits = IdentityFunctions.StripSeparators(text);
        if (digits.Length != 16 || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var province = digits[..2];
        if (!ProvinceCodes.Exists(province) || digits[2..4] == "00" || digits[4..6] == "00" || digits[12..] == "0000")
        {
            return false;
        }

        var day = Number(digits, 6);
        var month = Number(digits, 8);
        var yearOfCentury = Number(digits, 10);
        var isFemale = day > 40;
        if (isFemale)
        {
            day -= 40;
        }

        if (day is < 1 or > 31 || month is < 1 or > 12)
        {
            return false;
        }

        // The latest century that does not put the birth after today; then the date must exist in that year.
        var year = ((today.Year / 100) * 100) + yearOfCentury;
        if (year > today.Year || (year == today.Year && (month > today.Month || (month == today.Month && day > today.Day))))
        {
            year -= 100;
        }

        if (year < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        nik = new Nik(digits, province, new DateOnly(year, month, day), isFemale);
        return true;
    }

    private static int Number(string digits, int start) => ((digits[start] - '0') * 10) + (digits[start + 1] - '0');
}
