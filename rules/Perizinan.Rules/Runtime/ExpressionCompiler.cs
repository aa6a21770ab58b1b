using Perizinan.Rules.Model;
using Perizinan.Rules.Model.Bound;
using Perizinan.Rules.Syntax.Tree;

namespace Perizinan.Rules.Runtime;

/// <summary>
/// Compiles bound expressions into closures (<see cref="ExprFn"/>). Reads of fields and aggregates become reads of
/// input slots chosen by the caller, so that one compiler serves NRules conditions, the direct evaluator and
/// aggregate bodies alike.
/// </summary>
internal static class ExpressionCompiler
{
    /// <summary>Compiles <paramref name="e"/>; <paramref name="slotOf"/> gives the input slot of each read.</summary>
    public static ExprFn Compile(BoundExpression e, Func<BoundExpression, int> slotOf)
    {
        switch (e)
        {
            case BoundLiteral literal:
                {
                    var v = literal.Value;
                    return (_, _) => v;
                }

            case BoundField or BoundAggregateRead:
                {
                    var slot = slotOf(e);
                    return (inputs, _) => inputs[slot];
                }

            case BoundUnary { Operator: UnaryOperator.Not } not:
                {
                    var operand = Compile(not.Operand, slotOf);
                    return (i, c) => Value.Bool(!operand(i, c).IsTrue);
                }

            case BoundUnary negate:
                {
                    var operand = Compile(negate.Operand, slotOf);
                    return (i, c) => operand(i, c) is { Kind: ValueKind.Number } v ? Value.Number(-v.AsNumber) : Value.Empty;
                }

            case BoundBinary { Operator: BinaryOperator.And } and:
                {
                    var left = Compile(and.Left, slotOf);
                    var right = Compile(and.Right, slotOf);
                    return (i, c) => Value.Bool(left(i, c).IsTrue && right(i, c).IsTrue);
                }

            case BoundBinary { Operator: BinaryOperator.Or } or:
                {
                    var left = Compile(or.Left, slotOf);
                    var right = Compile(or.Right, slotOf);
                    return (i, c) => Value.Bool(left(i, c).IsTrue || right(i, c).IsTrue);
                }

            case BoundBinary binary:
                {
                    var left = Compile(binary.Left, slotOf);
                    var right = Compile(binary.Right, slotOf);
                    var op = binary.Operator;
                    return (i, c) => Operations.Apply(op, left(i, c), right(i, c));
                }

            case BoundIn { Items: { } items } inList:
                {
                    var operand = Compile(inList.Operand, slotOf);
                    var compiled = items.Select(item => Compile(item, slotOf)).ToArray();
                    var negated = inList.Negated;
                    return (i, c) =>
                    {
                        var v = operand(i, c);
                        var found = false;
                        if (!v.IsEmpty)
                        {
                            foreach (var item in compiled)
                            {
                                if (item(i, c) == v)
                                {
                                    found = true;
                                    break;
                                }
                            }
                        }

                        return Value.Bool(found != negated);
                    };
                }

            case BoundIn inField:
                {
                    var operand = Compile(inField.Operand, slotOf);
                    var list = Compile(inField.ListOperand!, slotOf);
                    var negated = inField.Negated;
                    return (i, c) => Value.Bool(Operations.ListContains(list(i, c), operand(i, c)) != negated);
                }

            case BoundIsEmpty isEmpty:
                {
                    var operand = Compile(isEmpty.Operand, slotOf);
                    var negated = isEmpty.Negated;
                    return (i, c) => Value.Bool(operand(i, c).IsEmpty != negated);
                }

            case BoundIf @if:
                {
                    var condition = Compile(@if.Condition, slotOf);
                    var whenTrue = Compile(@if.WhenTrue, slotOf);
                    var whenFalse = Compile(@if.WhenFalse, slotOf);
                    return (i, c) => condition(i, c).IsTrue ? whenTrue(i, c) : whenFalse(i, c);
                }

            case BoundCall call:
                {
                    var args = call.Arguments.Select(a => Compile(a, slotOf)).ToArray();
                    var function = call.Function;
                    return (i, c) =>
                    {
                        var values = new Value[args.Length];
                        for (var k = 0; k < args.Length; k++)
                        {
                            values[k] = args[k](i, c);
                        }

                        return FunctionInvoker.Invoke(function, values, c);
                    };
                }

            default:
                throw new InvalidOperationException($"Cannot compile {e.GetType().Name}.");
        }
    }
}
