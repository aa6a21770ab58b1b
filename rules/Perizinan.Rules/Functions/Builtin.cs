using Perizinan.Rules.Model;

namespace Perizinan.Rules.Functions;

/// <summary>
/// Helpers for declaring built-in functions and reading their arguments. Every reader answers <c>false</c> for a
/// missing, empty or wrongly typed argument, so bodies can return <see cref="Value.Empty"/> without ever throwing.
/// </summary>
internal static class Builtin
{
    /// <summary>
    /// Declares a built-in function. The body is wrapped in a guard that turns arithmetic and range failures
    /// (e.g. a decimal overflow) into <see cref="Value.Empty"/>: built-in functions must never throw.
    /// </summary>
    public static FunctionDefinition Define(
        string name,
        IReadOnlyList<DslType> parameters,
        DslType returns,
        Func<Value[], FunctionContext, Value> body,
        string summaryId,
        string summaryEn,
        bool variadic = false,
        int minArgs = -1) =>
        new(name, parameters, returns, Guard(body), variadic, minArgs, summaryId, summaryEn);

    private static Func<Value[], FunctionContext, Value> Guard(Func<Value[], FunctionContext, Value> body) =>
        (args, ctx) =>
        {
            try
            {
                return body(args ?? [], ctx);
            }
            catch (Exception e) when (e is ArithmeticException or ArgumentException or InvalidOperationException
                                          or FormatException or IndexOutOfRangeException)
            {
                // No answer exists for these arguments (e.g. a result outside the decimal or date range).
                return Value.Empty;
            }
        };

    /// <summary>Reads argument <paramref name="index"/> as a number.</summary>
    public static bool TryNumber(Value[] args, int index, out decimal value)
    {
        if (index < args.Length && args[index].Kind == ValueKind.Number)
        {
            value = args[index].AsNumber;
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>Reads argument <paramref name="index"/> as a text (an empty string is still a text).</summary>
    public static bool TryText(Value[] args, int index, out string value)
    {
        if (index < args.Length && args[index].Kind == ValueKind.Text)
        {
            value = args[index].AsText;
            return true;
        }

        value = "";
        return false;
    }

    /// <summary>Reads argument <paramref name="index"/> as a date.</summary>
    public static bool TryDate(Value[] args, int index, out DateOnly value)
    {
        if (index < args.Length && args[index].Kind == ValueKind.Date)
        {
            value = args[index].AsDate;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Reads argument <paramref name="index"/> as a list of texts.</summary>
    public static bool TryList(Value[] args, int index, out IReadOnlyList<string> value)
    {
        if (index < args.Length && args[index].Kind == ValueKind.List)
        {
            value = args[index].AsList;
            return true;
        }

        value = [];
        return false;
    }

    /// <summary>Reads argument <paramref name="index"/> as a whole number (the fraction is dropped) within <see cref="int"/>.</summary>
    public static bool TryInteger(Value[] args, int index, out int value)
    {
        value = 0;
        if (!TryNumber(args, index, out var n))
        {
            return false;
        }

        var whole = decimal.Truncate(n);
        if (whole < int.MinValue || whole > int.MaxValue)
        {
            return false;
        }

        value = (int)whole;
        return true;
    }

    /// <summary>Reads argument <paramref name="index"/> as an exact whole number within <see cref="int"/> (no fraction allowed).</summary>
    public static bool TryExactInteger(Value[] args, int index, out int value)
    {
        value = 0;
        return TryNumber(args, index, out var n) && n == decimal.Truncate(n) && TryInteger(args, index, out value);
    }

    /// <summary>A boolean value, or empty when <paramref name="value"/> is null.</summary>
    public static Value Bool(bool? value) => value is { } b ? Value.Bool(b) : Value.Empty;
}
