using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Perizinan.Rules.Functions;
using Perizinan.Rules.Model;

namespace Perizinan.Rules.Tests.Functions;

public sealed class BuiltinFunctionPropertyTests
{
    private static readonly decimal[] EdgeNumbers =
    [
        0m, 1m, -1m, 0.5m, -2.5m, 12345m, 1_000_000_000m, decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m,
        29m, -29m, int.MaxValue, (decimal)int.MaxValue + 1, int.MinValue, 3_652_059m,
    ];

    private static readonly string[] EdgeTexts =
    [
        "", " ", "3515144508680002", "35.1514.450868.0002", "+6281234567890", "budi@example.co.id", "(", "[", "(a+)+",
        "\\", "2024-02-29", "31/12/9999", "01-01-0001", "@", "..", "9999999999999999999999999999999", "\u0000", "\uD800",
        "e\u0301", "L", "perempuan",
    ];

    private static readonly DateOnly[] EdgeDates =
    [
        DateOnly.MinValue, DateOnly.MaxValue, new(2000, 2, 29), new(1900, 3, 1), new(2026, 6, 15), new(9999, 12, 1),
    ];

    private static readonly Value[] EdgeValues =
    [
        Value.Empty, Value.True, Value.False,
        .. EdgeNumbers.Select(Value.Number),
        .. EdgeTexts.Select(Value.Text),
        .. EdgeDates.Select(Value.Date),
        Value.List([]), Value.List(["a", ""]),
    ];

    private static Gen<decimal> AnyDecimal =>
        from lo in Gen.Choose(int.MinValue, int.MaxValue)
        from mid in Gen.Choose(int.MinValue, int.MaxValue)
        from hi in Gen.Choose(int.MinValue, int.MaxValue)
        from negative in Gen.Elements(true, false)
        from scale in Gen.Choose(0, 28)
        from small in Gen.Choose(-100_000, 100_000)
        from pick in Gen.Choose(0, 3)
        select pick switch
        {
            0 => new decimal(lo, mid, hi, negative, (byte)scale),
            1 => new decimal(lo, 0, 0, negative, (byte)(scale % 4)),
            2 => small,
            _ => EdgeNumbers[Math.Abs(lo % EdgeNumbers.Length)],
        };

    private static Gen<string> AnyText =>
        Gen.OneOf(
            Gen.Elements(EdgeTexts),
            Gen.ArrayOf(Gen.Elements("0123456789".ToCharArray()), 16).Select(c => new string(c)),
            Gen.ArrayOf(Gen.Elements("0123456789 .-+@abcLP()[]*?\\/".ToCharArray())).Select(c => new string(c)),
            Gen.ArrayOf(Gen.Choose(0, 0xFFFF).Select(i => (char)i)).Select(c => new string(c)));

    private static Gen<DateOnly> AnyDate =>
        Gen.OneOf(
            Gen.Elements(EdgeDates),
            Gen.Choose(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber).Select(DateOnly.FromDayNumber));

    private static Gen<Value> ValueOf(DslType type) => type switch
    {
        DslType.Number => AnyDecimal.Select(Value.Number),
        DslType.Text => AnyText.Select(Value.Text),
        DslType.Bool => Gen.Elements(Value.True, Value.False),
        DslType.Date => AnyDate.Select(Value.Date),
        DslType.List => Gen.ListOf(AnyText).Select(items => Value.List(items)),
        _ => AnyValue,
    };

    private static Gen<Value> AnyValue =>
        Gen.OneOf(
            Gen.Constant(Value.Empty),
            Gen.Elements(EdgeValues),
            AnyDecimal.Select(Value.Number),
            AnyText.Select(Value.Text),
            Gen.Elements(Value.True, Value.False),
            AnyDate.Select(Value.Date),
            Gen.ListOf(AnyText).Select(items => Value.List(items)));

    private static Gen<(FunctionDefinition Function, Value[] Args, DateOnly Today)> AnyCall =>
        from function in Gen.Elements(BuiltinFunctions.All.Values.ToArray())
        from count in Gen.Choose(MinArgs(function), MaxArgs(function))
        from args in Gen.CollectToArray(Enumerable.Range(0, count).Select(i => Gen.Frequency(
            (3, ValueOf(function.ParameterType(i))),
            (1, AnyValue))))
        from today in AnyDate
        select (function, args, today);

    [Property(MaxTest = 1000)]
    public Property Body_AnyFunctionAnyArguments_NeverThrows() =>
        Prop.ForAll(AnyCall.ToArbitrary(), call =>
        {
            var result = call.Function.Body(call.Args, new FunctionContext(call.Today));
            return IsOfType(result, call.Function.Returns);
        });

    [Fact]
    public void Body_EveryFunctionWithEveryEdgeArgumentCombination_NeverThrows()
    {
        DateOnly[] allTodays = [new(2026, 6, 15), DateOnly.MinValue, DateOnly.MaxValue];
        foreach (var function in BuiltinFunctions.All.Values)
        {
            for (var count = MinArgs(function); count <= Math.Min(MaxArgs(function), 3); count++)
            {
                // Unusual evaluation dates matter to the one-argument functions (age, nik_*); one date keeps the
                // larger products quick.
                var todays = count <= 1 ? allTodays : allTodays[..1];
                foreach (var args in Combinations(count))
                {
                    foreach (var today in todays)
                    {
                        var result = function.Body(args, new FunctionContext(today));
                        if (!IsOfType(result, function.Returns))
                        {
                            Assert.Fail($"{function.Name}({string.Join(", ", args)}) returned {result}");
                        }
                    }
                }
            }
        }
    }

    private static IEnumerable<Value[]> Combinations(int count)
    {
        if (count == 0)
        {
            yield return [];
            yield break;
        }

        // Three-argument functions get a smaller edge set so the product stays quick.
        var values = count < 3 ? EdgeValues : EdgeValues.Where((_, i) => i % 3 == 0).ToArray();
        foreach (var head in values)
        {
            foreach (var tail in Combinations(count - 1))
            {
                yield return [head, .. tail];
            }
        }
    }

    private static int MinArgs(FunctionDefinition f) => f.MinArgs < 0 ? f.Parameters.Count : f.MinArgs;

    private static int MaxArgs(FunctionDefinition f) => f.Variadic ? MinArgs(f) + 4 : f.Parameters.Count;

    private static bool IsOfType(Value value, DslType type) => value.IsEmpty || type switch
    {
        DslType.Number => value.Kind == ValueKind.Number,
        DslType.Text => value.Kind == ValueKind.Text,
        DslType.Bool => value.Kind == ValueKind.Bool,
        DslType.Date => value.Kind == ValueKind.Date,
        DslType.List => value.Kind == ValueKind.List,
        _ => true,
    };
}
