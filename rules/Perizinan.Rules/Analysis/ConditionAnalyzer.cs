using Perizinan.Rules.Diagnostics;
using Perizinan.Rules.Model;
using Perizinan.Rules.Model.Bound;
using Perizinan.Rules.Syntax.Tree;

namespace Perizinan.Rules.Analysis;

/// <summary>
/// Finds rule conditions that can never hold (<c>PZR3002</c>): conditions that fold to a constant that is not true,
/// and conjunctions that put contradictory bounds on one field (<c>x &gt; 10 and x &lt; 5</c>, <c>x = "a" and x = "b"</c>).
/// </summary>
internal static class ConditionAnalyzer
{
    /// <summary>Checks every rule (not the checks, whose conditions are meant to fail sometimes).</summary>
    public static void Check(RuleSet rules, DiagnosticBag diagnostics)
    {
        foreach (var rule in rules.Rules)
        {
            if (rule.Effects.Any(e => e.Kind == EffectKind.Fail))
            {
                continue;
            }

            var reason = WhyNever(rule.Condition);
            if (reason is not null)
            {
                diagnostics.Error("PZR3002", rule.Location,
                    $"Syarat aturan \"{rule.Name}\" tidak akan pernah terpenuhi: {reason.Value.Id}.",
                    $"The condition of rule \"{rule.Name}\" can never hold: {reason.Value.En}.");
            }
        }
    }

    private static (string Id, string En)? WhyNever(BoundExpression condition)
    {
        if (ConstantFolder.TryFold(condition, out var constant) && !constant.IsTrue)
        {
            return ("nilainya selalu " + constant, "it is always " + constant);
        }

        var conjuncts = new List<BoundExpression>();
        Flatten(condition, conjuncts);
        var bounds = new Dictionary<string, Interval>(StringComparer.Ordinal);
        var equals = new Dictionary<string, Value>(StringComparer.Ordinal);
        var notEquals = new HashSet<(string, Value)>();
        foreach (var atom in conjuncts)
        {
            if (ConstantFolder.TryFold(atom, out var c) && !c.IsTrue)
            {
                return ("salah satu bagiannya selalu " + c, "one of its parts is always " + c);
            }

            if (!TryComparison(atom, out var field, out var op, out var value))
            {
                continue;
            }

            if (op == BinaryOperator.NotEqual)
            {
                notEquals.Add((field, value));
            }

            if ((op == BinaryOperator.Equal && notEquals.Contains((field, value)))
                || (op == BinaryOperator.NotEqual && equals.TryGetValue(field, out var fixedValue) && fixedValue == value))
            {
                return ($"batas untuk {field} saling bertentangan", $"the bounds on {field} contradict each other");
            }

            if (op == BinaryOperator.Equal)
            {
                if (equals.TryGetValue(field, out var other) && other != value)
                {
                    return ($"{field} tidak bisa sekaligus {other} dan {value}", $"{field} cannot be both {other} and {value}");
                }

                equals[field] = value;
            }

            if (value.Kind is ValueKind.Number or ValueKind.Date && op != BinaryOperator.NotEqual)
            {
                var n = value.Kind == ValueKind.Number ? value.AsNumber : value.AsDate.DayNumber;
                var interval = bounds.TryGetValue(field, out var existing) ? existing : Interval.All;
                interval = interval.Restrict(op, n);
                if (interval.IsEmpty)
                {
                    return ($"batas untuk {field} saling bertentangan", $"the bounds on {field} contradict each other");
                }

                bounds[field] = interval;
            }
        }

        return null;
    }

    private static void Flatten(BoundExpression e, List<BoundExpression> into)
    {
        if (e is BoundBinary { Operator: BinaryOperator.And } and)
        {
            Flatten(and.Left, into);
            Flatten(and.Right, into);
        }
        else
        {
            into.Add(e);
        }
    }

    private static bool TryComparison(BoundExpression e, out string field, out BinaryOperator op, out Value value)
    {
        field = string.Empty;
        op = default;
        value = default;

        // A yes/no field on its own holds when it is true; "not" of it holds only when it is not true.
        if (e is BoundField { Type: DslType.Bool } flag)
        {
            (field, op, value) = (flag.Key, BinaryOperator.Equal, Value.Bool(true));
            return true;
        }

        if (e is BoundUnary { Operator: UnaryOperator.Not, Operand: BoundField { Type: DslType.Bool } negated })
        {
            (field, op, value) = (negated.Key, BinaryOperator.NotEqual, Value.Bool(true));
            return true;
        }

        if (e is not BoundBinary b || b.Operator is < BinaryOperator.Equal or > BinaryOperator.GreaterOrEqual)
        {
            return false;
        }

        if (b.Left is BoundField lf && ConstantFolder.TryFold(b.Right, out value) && !value.IsEmpty)
        {
            field = lf.Key;
            op = b.Operator;
            return true;
        }

        if (b.Right is BoundField rf && ConstantFolder.TryFold(b.Left, out value) && !value.IsEmpty)
        {
            field = rf.Key;
            op = Mirror(b.Operator);
            return true;
        }

        return false;
    }

    private static BinaryOperator Mirror(BinaryOperator op) => op switch
    {
        BinaryOperator.Less => BinaryOperator.Greater,
        BinaryOperator.LessOrEqual => BinaryOperator.GreaterOrEqual,
        BinaryOperator.Greater => BinaryOperator.Less,
        BinaryOperator.GreaterOrEqual => BinaryOperator.LessOrEqual,
        _ => op,
    };

    /// <summary>A range of numbers with open or closed ends.</summary>
    private readonly record struct Interval(decimal? Low, bool LowOpen, decimal? High, bool HighOpen)
    {
        public static Interval All => new(null, false, null, false);

        public bool IsEmpty => Low is { } lo && High is { } hi && (lo > hi || (lo == hi && (LowOpen || HighOpen)));

        public Interval Restrict(BinaryOperator op, decimal n) => op switch
        {
            BinaryOperator.Equal => RaiseLow(n, false).LowerHigh(n, false),
            BinaryOperator.Greater => RaiseLow(n, true),
            BinaryOperator.GreaterOrEqual => RaiseLow(n, false),
            BinaryOperator.Less => LowerHigh(n, true),
            BinaryOperator.LessOrEqual => LowerHigh(n, false),
            _ => this,
        };

        private Interval RaiseLow(decimal n, bool open) =>
            Low is null || n > Low || (n == Low && open) ? this with { Low = n, LowOpen = open } : this;

        private Interval LowerHigh(decimal n, bool open) =>
            High is null || n < High || (n == High && open) ? this with { High = n, HighOpen = open } : this;
    }
}
