using Perizinan.Rules.Model;
using static Perizinan.Rules.Functions.Builtin;

namespace Perizinan.Rules.Functions;

/// <summary>
/// Number functions. Numbers are decimals, so amounts in rupiah stay exact; a result outside the decimal range is
/// empty. Rounding is always half away from zero (2.5 → 3, -2.5 → -3), as people round money by hand.
/// </summary>
internal static class NumberFunctions
{
    /// <summary>The number functions, in the order of the language reference.</summary>
    public static IReadOnlyList<FunctionDefinition> Definitions { get; } =
    [
        Define("round", [DslType.Number, DslType.Number], DslType.Number, Round,
            "Pembulatan setengah menjauhi nol ke sejumlah desimal (bawaan 0; negatif: puluhan, ratusan, …).",
            "Rounds half away from zero to a number of decimals (default 0; negative: tens, hundreds, …).",
            minArgs: 1),
        Define("round_up", [DslType.Number, DslType.Number], DslType.Number,
            (a, _) => ToMultiple(a, Math.Ceiling),
            "Membulatkan ke atas ke kelipatan langkah, mis. round_up(12345, 1000) = 13000; kosong bila langkah 0.",
            "Rounds up to a multiple of the step, e.g. round_up(12345, 1000) = 13000; empty when the step is 0."),
        Define("round_down", [DslType.Number, DslType.Number], DslType.Number,
            (a, _) => ToMultiple(a, Math.Floor),
            "Membulatkan ke bawah ke kelipatan langkah, mis. round_down(12345, 1000) = 12000; kosong bila langkah 0.",
            "Rounds down to a multiple of the step, e.g. round_down(12345, 1000) = 12000; empty when the step is 0."),
        Define("floor", [DslType.Number], DslType.Number,
            (a, _) => TryNumber(a, 0, out var n) ? Value.Number(Math.Floor(n)) : Value.Empty,
            "Bilangan bulat terbesar yang tidak melebihi angka.", "The largest whole number not above the number."),
        Define("ceil", [DslType.Number], DslType.Number,
            (a, _) => TryNumber(a, 0, out var n) ? Value.Number(Math.Ceiling(n)) : Value.Empty,
            "Bilangan bulat terkecil yang tidak kurang dari angka.", "The smallest whole number not below the number."),
        Define("abs", [DslType.Number], DslType.Number,
            (a, _) => TryNumber(a, 0, out var n) ? Value.Number(Math.Abs(n)) : Value.Empty,
            "Nilai mutlak.", "The absolute value."),
        Define("min", [DslType.Number], DslType.Number, (a, _) => Extreme(a, smallest: true),
            "Angka terkecil; argumen kosong diabaikan, kosong bila semuanya kosong.",
            "The smallest number; empty arguments are ignored, empty when all are empty.",
            variadic: true),
        Define("max", [DslType.Number], DslType.Number, (a, _) => Extreme(a, smallest: false),
            "Angka terbesar; argumen kosong diabaikan, kosong bila semuanya kosong.",
            "The largest number; empty arguments are ignored, empty when all are empty.",
            variadic: true),
        Define("clamp", [DslType.Number, DslType.Number, DslType.Number], DslType.Number, Clamp,
            "Angka dibatasi ke rentang [bawah, atas]; kosong bila bawah > atas.",
            "The number limited to [low, high]; empty when low > high."),
        Define("percent", [DslType.Number, DslType.Number], DslType.Number,
            (a, _) => TryNumber(a, 0, out var n) && TryNumber(a, 1, out var pct) ? Value.Number(n * pct / 100m) : Value.Empty,
            "Persentase: percent(a, p) = a × p / 100.", "A percentage: percent(a, p) = a × p / 100."),
    ];

    private static Value Round(Value[] args, FunctionContext _)
    {
        if (!TryNumber(args, 0, out var n))
        {
            return Value.Empty;
        }

        var digits = 0;
        if (args.Length > 1 && !TryInteger(args, 1, out digits))
        {
            return Value.Empty;
        }

        if (digits >= 0)
        {
            return Value.Number(Math.Round(n, Math.Min(digits, 28), MidpointRounding.AwayFromZero));
        }

        if (digits < -28)
        {
            // Every decimal is smaller than half of 10^29.
            return Value.Number(0m);
        }

        var factor = Pow10(-digits);
        return Value.Number(Math.Round(n / factor, 0, MidpointRounding.AwayFromZero) * factor);
    }

    private static Value ToMultiple(Value[] args, Func<decimal, decimal> direction)
    {
        if (!TryNumber(args, 0, out var n) || !TryNumber(args, 1, out var step) || step == 0)
        {
            return Value.Empty;
        }

        step = Math.Abs(step);
        return Value.Number(direction(n / step) * step);
    }

    private static Value Extreme(Value[] args, bool smallest)
    {
        decimal? best = null;
        foreach (var arg in args)
        {
            if (arg.Kind != ValueKind.Number)
            {
                continue;
            }

            var n = arg.AsNumber;
            if (best is not { } b || (smallest ? n < b : n > b))
            {
                best = n;
            }
        }

        return best is { } result ? Value.Number(result) : Value.Empty;
    }

    private static Value Clamp(Value[] args, FunctionContext _)
    {
        if (!TryNumber(args, 0, out var n) || !TryNumber(args, 1, out var low) || !TryNumber(args, 2, out var high)
            || low > high)
        {
            return Value.Empty;
        }

        return Value.Number(Math.Clamp(n, low, high));
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
