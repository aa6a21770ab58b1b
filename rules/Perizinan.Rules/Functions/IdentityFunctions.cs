using System.Text;
using Perizinan.Rules.Model;
using static Perizinan.Rules.Functions.Builtin;

namespace Perizinan.Rules.Functions;

/// <summary>
/// Checks for Indonesian identifiers (NIK, KK, NPWP, NIB, KBLI), phone numbers, e-mail addresses and postal codes.
/// They check the format only: whether a number was really issued needs Dukcapil, DJP or OSS. NIK, KK, NPWP and
/// phone numbers may be typed with spaces, dots or dashes; NIB, KBLI and postal codes only tolerate surrounding
/// white space.
/// </summary>
internal static class IdentityFunctions
{
    /// <summary>The identity functions, in the order of the language reference.</summary>
    public static IReadOnlyList<FunctionDefinition> Definitions { get; } =
    [
        Define("nik_valid", [DslType.Text], DslType.Bool,
            (a, ctx) => TryText(a, 0, out var s) ? Value.Bool(Nik.TryParse(s, ctx.Today, out _)) : Value.Empty,
            "Apakah NIK sah: 16 angka, kode provinsi nyata, kab/kota dan kecamatan bukan 00, tanggal lahir nyata (perempuan +40), nomor urut bukan 0000.",
            "Whether a NIK is well formed: 16 digits, a real province code, kab/kota and kecamatan not 00, a real birth date (women +40), serial not 0000."),
        Define("nik_birth_date", [DslType.Text], DslType.Date,
            (a, ctx) => TryNik(a, ctx, out var nik) ? Value.Date(nik.BirthDate) : Value.Empty,
            "Tanggal lahir dalam NIK (abad dipilih agar tidak sesudah hari ini); kosong bila NIK tidak sah.",
            "The birth date inside a NIK (century chosen so it is not after today); empty when the NIK is not valid."),
        Define("nik_sex", [DslType.Text], DslType.Text,
            (a, ctx) => TryNik(a, ctx, out var nik) ? Value.Text(nik.Sex) : Value.Empty,
            "Jenis kelamin menurut NIK: \"L\" atau \"P\"; kosong bila NIK tidak sah.",
            "The sex according to a NIK: \"L\" or \"P\"; empty when the NIK is not valid."),
        Define("nik_province", [DslType.Text], DslType.Text,
            (a, ctx) => TryNik(a, ctx, out var nik) && ProvinceCodes.TryGetName(nik.ProvinceCode, out var name)
                ? Value.Text(name)
                : Value.Empty,
            "Nama provinsi tempat NIK pertama diterbitkan; kosong bila NIK tidak sah.",
            "The name of the province where the NIK was first issued; empty when the NIK is not valid."),
        Define("nik_matches", [DslType.Text, DslType.Date, DslType.Text], DslType.Bool, NikMatches,
            "Apakah tanggal lahir (hari, bulan, 2 angka tahun) dan jenis kelamin dalam NIK sama dengan yang diisi; kosong bila NIK tidak sah atau jenis kelamin tidak dikenal. Untuk warn.",
            "Whether the NIK's birth date (day, month, 2-digit year) and sex agree with the declared ones; empty when the NIK is not valid or the sex is not recognised. Meant for warn."),
        Define("kk_valid", [DslType.Text], DslType.Bool,
            (a, _) => TryText(a, 0, out var s) ? Value.Bool(IsKk(s)) : Value.Empty,
            "Apakah nomor KK sah: 16 angka dengan kode provinsi nyata.",
            "Whether a KK number is well formed: 16 digits with a real province code."),
        Define("npwp_valid", [DslType.Text], DslType.Bool,
            (a, _) => TryText(a, 0, out var s) ? Value.Bool(StripSeparators(s) is { Length: 15 or 16 } d && IsDigits(d)) : Value.Empty,
            "Apakah NPWP sah: 15 angka (lama) atau 16 angka (baru), titik/strip/spasi diabaikan.",
            "Whether an NPWP is well formed: 15 digits (old) or 16 digits (new); dots, dashes and spaces are ignored."),
        Define("nib_valid", [DslType.Text], DslType.Bool,
            (a, _) => TryText(a, 0, out var s) ? Value.Bool(s.Trim() is { Length: 13 } d && IsDigits(d)) : Value.Empty,
            "Apakah NIB sah: tepat 13 angka.", "Whether a NIB is well formed: exactly 13 digits."),
        Define("kbli_valid", [DslType.Text], DslType.Bool,
            (a, _) => TryText(a, 0, out var s) ? Value.Bool(s.Trim() is { Length: 5 } d && IsDigits(d)) : Value.Empty,
            "Apakah kode KBLI sah: tepat 5 angka (tingkat kelompok).", "Whether a KBLI code is well formed: exactly 5 digits (the kelompok level)."),
        Define("phone_valid", [DslType.Text], DslType.Bool,
            (a, _) => TryText(a, 0, out var s) ? Value.Bool(NormalizePhone(s) is not null) : Value.Empty,
            "Apakah nomor HP Indonesia sah: 08…, +628… atau 628…, setelah diubah ke 08… panjangnya 10–13 angka.",
            "Whether an Indonesian mobile number is valid: 08…, +628… or 628…, 10–13 digits once rewritten as 08…."),
        Define("email_valid", [DslType.Text], DslType.Bool,
            (a, _) => TryText(a, 0, out var s) ? Value.Bool(IsEmail(s)) : Value.Empty,
            "Apakah alamat e-mail masuk akal: satu @, bagian lokal tidak kosong, domain bertitik, tanpa spasi.",
            "Whether an e-mail address is plausible: one @, a non-empty local part, a domain with a dot, no spaces."),
        Define("postal_code_valid", [DslType.Text], DslType.Bool,
            (a, _) => TryText(a, 0, out var s) ? Value.Bool(s.Trim() is { Length: 5 } d && IsDigits(d) && d[0] != '0') : Value.Empty,
            "Apakah kode pos sah: 5 angka, tidak diawali 0.", "Whether a postal code is well formed: 5 digits, not starting with 0."),
    ];

    /// <summary>Removes white space, dots and dashes, which people type inside NIK, NPWP and phone numbers.</summary>
    public static string StripSeparators(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is not ('.' or '-') && !char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Rewrites an Indonesian mobile number as <c>08…</c>: separators are removed, a leading <c>+62</c> or <c>62</c>
    /// becomes <c>0</c>. Returns null unless the result is all digits, starts with <c>08</c> and has 10–13 digits
    /// (so the national number after the 0 starts with 8 and has 9–12 digits).
    /// </summary>
    public static string? NormalizePhone(string? text)
    {
        var s = StripSeparators(text);
        if (s.StartsWith("+62", StringComparison.Ordinal))
        {
            s = "0" + s[3..];
        }
        else if (s.StartsWith("62", StringComparison.Ordinal))
        {
            s = "0" + s[2..];
        }

        return s.Length is >= 10 and <= 13 && s.StartsWith("08", StringComparison.Ordinal) && IsDigits(s) ? s : null;
    }

    private static bool TryNik(Value[] args, FunctionContext ctx, out Nik nik)
    {
        nik = default;
        return TryText(args, 0, out var text) && Nik.TryParse(text, ctx.Today, out nik);
    }

    private static Value NikMatches(Value[] args, FunctionContext ctx)
    {
        if (!TryText(args, 0, out var text) || !TryDate(args, 1, out var birth) || !TryText(args, 2, out var sex)
            || ParseSex(sex) is not { } isFemale || !Nik.TryParse(text, ctx.Today, out var nik))
        {
            return Value.Empty;
        }

        var embedded = nik.BirthDate;
        return Value.Bool(embedded.Day == birth.Day && embedded.Month == birth.Month
                          && embedded.Year % 100 == birth.Year % 100 && nik.IsFemale == isFemale);
    }

    /// <summary>True for female, false for male, null when not recognised.</summary>
    private static bool? ParseSex(string text) => text.Trim().ToLowerInvariant() switch
    {
        "l" or "laki-laki" or "laki laki" or "lakilaki" or "pria" or "male" => false,
        "p" or "perempuan" or "wanita" or "female" => true,
        _ => null,
    };

    private static bool IsKk(string text)
    {
        var digits = StripSeparators(text);
        return digits.Length == 16 && IsDigits(digits) && ProvinceCodes.Exists(digits[..2]);
    }

    private static bool IsEmail(string text)
    {
        var s = text.Trim();
        var at = s.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != s.LastIndexOf('@') || s.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return false;
        }

        var domain = s[(at + 1)..];
        return domain.Contains('.', StringComparison.Ordinal)
               && !domain.StartsWith('.') && !domain.EndsWith('.')
               && !domain.Contains("..", StringComparison.Ordinal);
    }

    private static bool IsDigits(string s) => s.Length > 0 && s.All(char.IsAsciiDigit);
}
