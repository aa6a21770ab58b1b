namespace Perizinan.Host.Accounts;

/// <summary>
/// The shape of a NIK (Nomor Induk Kependudukan): 16 digits, a province code, a birth date DDMMYY (day + 40 for women)
/// and a serial. Only the shape is checked: there is no population registry behind it, so a well-formed NIK may still
/// belong to nobody. Pure and thread-safe.
/// </summary>
public static class NikFormat
{
    /// <summary>The number of digits of a NIK.</summary>
    public const int Length = 16;

    // Province codes run from 11 (Aceh) to 94 (Papua Tengah) in the Kemendagri numbering.
    private const int FirstProvince = 11;
    private const int LastProvince = 94;

    /// <summary>
    /// What the citizen typed without the spaces, dots and dashes people write a NIK with (<c>3201 0101 …</c>), or the
    /// empty string for <c>null</c>.
    /// </summary>
    public static string Normalize(string? input) =>
        input is null ? string.Empty : string.Concat(input.Where(c => c is not (' ' or '.' or '-' or '\u00A0')));

    /// <summary>What is wrong with a normalized NIK, or <see cref="NikProblem.None"/>.</summary>
    public static NikProblem Check(string nik)
    {
        ArgumentNullException.ThrowIfNull(nik);
        if (nik.Length == 0)
        {
            return NikProblem.Empty;
        }

        if (nik.Length != Length || !nik.All(char.IsAsciiDigit))
        {
            return NikProblem.NotSixteenDigits;
        }

        if (Number(nik, 0) is < FirstProvince or > LastProvince)
        {
            return NikProblem.Region;
        }

        var day = Number(nik, 6);
        var month = Number(nik, 8);
        return day is (>= 1 and <= 31) or (>= 41 and <= 71) && month is >= 1 and <= 12 ? NikProblem.None : NikProblem.BirthDate;
    }

    /// <summary>Whether a normalized NIK has the shape of a NIK.</summary>
    public static bool IsValid(string nik) => Check(nik) == NikProblem.None;

    /// <summary>
    /// A NIK for display: the first four and last four digits, the rest starred (<c>3201********0001</c>), so a
    /// shoulder-surfer or a screenshot learns neither the birth date nor the full number.
    /// </summary>
    public static string Mask(string nik)
    {
        ArgumentNullException.ThrowIfNull(nik);
        return nik.Length == Length ? string.Concat(nik.AsSpan(0, 4), new string('*', 8), nik.AsSpan(12, 4)) : new string('*', nik.Length);
    }

    private static int Number(string nik, int start) => ((nik[start] - '0') * 10) + (nik[start + 1] - '0');
}
