using Perizinan.Rules.Model;
using Perizinan.Rules.Syntax.Tree;

namespace Perizinan.Rules.Runtime;

/// <summary>
/// The meaning of the operators on values, empty values included. Arithmetic with an empty value is empty;
/// ordering comparisons with an empty value do not hold; <c>=</c> and <c>!=</c> treat empty as a value of its own
/// (so <c>x = empty</c> holds for an unanswered x).
/// </summary>
internal static class Operations
{
    /// <summary>Applies an arithmetic or comparison operator (not <c>and</c>/<c>or</c>, which short-circuit).</summary>
    public static Value Apply(BinaryOperator op, Value left, Value right) => op switch
    {
        BinaryOperator.Equal => Value.Bool(left == right),
        BinaryOperator.NotEqual => Value.Bool(left != right),
        BinaryOperator.Less => Order(left, right, c => c < 0),
        BinaryOperator.LessOrEqual => Order(left, right, c => c <= 0),
        BinaryOperator.Greater => Order(left, right, c => c > 0),
        BinaryOperator.GreaterOrEqual => Order(left, right, c => c >= 0),
        _ => Arithmetic(op, left, right),
    };

    private static Value Order(Value left, Value right, Func<int, bool> test)
    {
        if (left.Kind != right.Kind)
        {
            return Value.False;
        }

        return left.Kind switch
        {
            ValueKind.Number => Value.Bool(test(left.AsNumber.CompareTo(right.AsNumber))),
            ValueKind.Date => Value.Bool(test(left.AsDate.CompareTo(right.AsDate))),
            ValueKind.Text => Value.Bool(test(string.CompareOrdinal(left.AsText, right.AsText))),
            _ => Value.False,
        };
    }

    private static Value Arithmetic(BinaryOperator op, Value left, Value right)
    {
        if (left.Kind != ValueKind.Number || right.Kind != ValueKind.Number)
        {
            return Value.Empty;
        }

        var a = left.AsNumber;
        var b = right.AsNumber;
        try
        {
            return op switch
            {
                BinaryOperator.Add => Value.Number(a + b),
                BinaryOperator.Subtract => Value.Number(a - b),
                BinaryOperator.Multiply => Value.Number(a * b),
                BinaryOperator.Divide => b == 0 ? Value.Empty : Value.Number(a / b),
                BinaryOperator.Remainder => b == 0 ? Value.Empty : Value.Number(a % b),
                _ => Value.Empty,
            };
        }
        catch (OverflowException)
        {
            // Beyond decimal's range (about 7.9e28): no meaningful amount, so no value.
            return Value.Empty;
        }
    }

    /// <summary>Whether <paramref name="item"/> is one of <paramref name="list"/>'s texts.</summary>
    public static bool ListContains(Value list, Value item) =>
        list.Kind == ValueKind.List && item.Kind == ValueKind.Text && list.AsList.Contains(item.AsText, StringComparer.Ordinal);
}
