using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Perizinan.Rules.Model;
using static Perizinan.Rules.Functions.Builtin;

namespace Perizinan.Rules.Functions;

/// <summary>
/// Text functions. Comparisons are ordinal and case-sensitive (use <c>lower</c> first to ignore case); case
/// changes use the invariant culture so that results never depend on the server's language.
/// </summary>
internal static class TextFunctions
{
    /// <summary>How long one <c>matches</c> call may run before it gives up.</summary>
    public static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(50);

    /// <summary>The text functions, in the order of the language reference.</summary>
    public static IReadOnlyList<FunctionDefinition> Definitions { get; } =
    [
        Define("len", [DslType.Text], DslType.Number,
            (a, _) => TryText(a, 0, out var s) ? Value.Number(new StringInfo(s).LengthInTextElements) : Value.Empty,
            "Jumlah karakter (huruf beraksen dihitung satu).", "The number of characters (a letter with its accents counts once)."),
        Define("upper", [DslType.Text], DslType.Text,
            (a, _) => TryText(a, 0, out var s) ? Value.Text(s.ToUpperInvariant()) : Value.Empty,
            "Teks dalam huruf besar.", "The text in upper case."),
        Define("lower", [DslType.Text], DslType.Text,
            (a, _) => TryText(a, 0, out var s) ? Value.Text(s.ToLowerInvariant()) : Value.Empty,
            "Teks dalam huruf kecil.", "The text in lower case."),
        Define("trim", [DslType.Text], DslType.Text,
            (a, _) => TryText(a, 0, out var s) ? Value.Text(s.Trim()) : Value.Empty,
            "Teks tanpa spasi di awal dan akhir.", "The text without leading and trailing white space."),
        Define("contains", [DslType.Text, DslType.Text], DslType.Bool,
            (a, _) => Compare(a, static (s, part) => s.Contains(part, StringComparison.Ordinal)),
            "Apakah teks memuat bagian itu (peka huruf besar/kecil).", "Whether the text contains the part (case-sensitive)."),
        Define("starts_with", [DslType.Text, DslType.Text], DslType.Bool,
            (a, _) => Compare(a, static (s, part) => s.StartsWith(part, StringComparison.Ordinal)),
            "Apakah teks diawali bagian itu (peka huruf besar/kecil).", "Whether the text starts with the part (case-sensitive)."),
        Define("ends_with", [DslType.Text, DslType.Text], DslType.Bool,
            (a, _) => Compare(a, static (s, part) => s.EndsWith(part, StringComparison.Ordinal)),
            "Apakah teks diakhiri bagian itu (peka huruf besar/kecil).", "Whether the text ends with the part (case-sensitive)."),
        Define("matches", [DslType.Text, DslType.Text], DslType.Bool, Matches,
            "Apakah seluruh teks cocok dengan pola regex .NET; pola salah atau lebih dari 50 ms → kosong dan dilaporkan.",
            "Whether the whole text matches a .NET regex; a bad pattern or a run over 50 ms gives empty and is reported."),
        Define("digits_only", [DslType.Text], DslType.Text,
            (a, _) => TryText(a, 0, out var s) ? Value.Text(DigitsOnly(s)) : Value.Empty,
            "Hanya angka 0–9 dari teks.", "Only the digits 0–9 of the text."),
        Define("concat", [DslType.Text], DslType.Text, Concat,
            "Menggabungkan teks; bagian kosong dilewati, kosong bila semuanya kosong.",
            "Joins the texts; empty parts are skipped, empty when all are empty.",
            variadic: true),
        Define("coalesce_text", [DslType.Text, DslType.Text], DslType.Text, Coalesce,
            "Teks pertama yang tidak kosong (teks berisi spasi saja dianggap kosong).",
            "The first text that is not empty (a text of only spaces counts as empty)."),
        Define("is_numeric", [DslType.Text], DslType.Bool,
            (a, _) => TryText(a, 0, out var s) ? Value.Bool(IsNumeric(s)) : Value.Empty,
            "Apakah teks sebuah angka: tanda opsional, titik desimal, tanpa pemisah ribuan.",
            "Whether the text is a number: optional sign, decimal point, no thousands separators."),
    ];

    /// <summary>Keeps the ASCII digits 0–9 of <paramref name="text"/>.</summary>
    public static string DigitsOnly(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static Value Compare(Value[] args, Func<string, string, bool> test) =>
        TryText(args, 0, out var text) && TryText(args, 1, out var part) ? Value.Bool(test(text, part)) : Value.Empty;

    private static Value Matches(Value[] args, FunctionContext ctx)
    {
        if (!TryText(args, 0, out var text) || !TryText(args, 1, out var pattern))
        {
            return Value.Empty;
        }

        try
        {
            // The pattern must match the whole text, like an HTML pattern attribute. Regex keeps a small cache of
            // parsed patterns, so constant patterns are not parsed on every call.
            return Value.Bool(Regex.IsMatch(text, $@"\A(?:{pattern})\z", RegexOptions.CultureInvariant, RegexTimeout));
        }
        catch (RegexMatchTimeoutException)
        {
            ctx.Report($"matches: the pattern \"{pattern}\" took longer than {RegexTimeout.TotalMilliseconds} ms and was stopped.");
            return Value.Empty;
        }
        catch (ArgumentException e)
        {
            ctx.Report($"matches: the pattern \"{pattern}\" is not a valid regular expression ({e.Message}).");
            return Value.Empty;
        }
    }

    private static Value Concat(Value[] args, FunctionContext _)
    {
        var builder = new StringBuilder();
        var any = false;
        foreach (var arg in args)
        {
            if (arg.Kind == ValueKind.Text)
            {
                builder.Append(arg.AsText);
                any = true;
            }
        }

        return any ? Value.Text(builder.ToString()) : Value.Empty;
    }

    private static Value Coalesce(Value[] args, FunctionContext _)
    {
        foreach (var arg in args)
        {
            if (arg.Kind == ValueKind.Text && !string.IsNullOrWhiteSpace(arg.AsText))
            {
                return arg;
            }
        }

        return Value.Empty;
    }

    private static bool IsNumeric(string text) =>
        decimal.TryParse(
            text.Trim(),
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture,
            out _);
}
