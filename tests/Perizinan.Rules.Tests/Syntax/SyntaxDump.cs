using System.Globalization;
using System.Text;
using Perizinan.Rules.Model;
using Perizinan.Rules.Syntax;
using Perizinan.Rules.Syntax.Tree;

namespace Perizinan.Rules.Tests.Syntax;

/// <summary>
/// A span-free, Lisp-like dump of a syntax tree. Two trees are structurally equal (ignoring spans) exactly when their
/// dumps are equal; records alone cannot tell, because their list members compare by reference.
/// </summary>
internal static class SyntaxDump
{
    public static string Dump(SyntaxNode node)
    {
        var builder = new StringBuilder();
        Write(builder, node);
        return builder.ToString();
    }

    private static void Write(StringBuilder b, SyntaxNode node)
    {
        switch (node)
        {
            case RulesFileSyntax file:
                for (var i = 0; i < file.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        b.Append('\n');
                    }

                    Write(b, file.Items[i]);
                }

                break;
            case RuleSyntax rule:
                b.Append("(rule ");
                Text(b, rule.Name);
                b.Append(' ');
                if (rule.Condition is null)
                {
                    b.Append("<always>");
                }
                else
                {
                    Write(b, rule.Condition);
                }

                foreach (var effect in rule.Effects)
                {
                    b.Append(' ');
                    Write(b, effect);
                }

                b.Append(')');
                break;
            case CheckSyntax check:
                b.Append(check.IsWarning ? "(warn " : "(check ");
                Write(b, check.Subject);
                b.Append(' ');
                Write(b, check.Condition);
                b.Append(' ');
                Text(b, check.MessageId);
                b.Append(' ');
                Text(b, check.MessageEn);
                b.Append(')');
                break;
            case FunctionDeclarationSyntax function:
                b.Append("(function ").Append(function.Name);
                foreach (var parameter in function.Parameters)
                {
                    b.Append(" (").Append(parameter.Name).Append(' ').Append(parameter.Type.Type).Append(')');
                }

                b.Append(" -> ").Append(function.Returns.Type).Append(')');
                break;
            case ShowEffectSyntax show:
                b.Append("(show ");
                Write(b, show.Target);
                b.Append(')');
                break;
            case RequireEffectSyntax require:
                b.Append("(require ");
                Write(b, require.Target);
                b.Append(')');
                break;
            case SetEffectSyntax set:
                b.Append("(set ");
                Write(b, set.Target);
                b.Append(' ');
                Write(b, set.Value);
                b.Append(')');
                break;
            case FeeEffectSyntax fee:
                b.Append("(fee ").Append(fee.FeeId).Append(' ');
                Write(b, fee.Amount);
                b.Append(')');
                break;
            case BinarySyntax binary:
                b.Append('(').Append(OperatorText(binary.Operator)).Append(' ');
                Write(b, binary.Left);
                b.Append(' ');
                Write(b, binary.Right);
                b.Append(')');
                break;
            case UnarySyntax unary:
                b.Append(unary.Operator == UnaryOperator.Not ? "(not " : "(neg ");
                Write(b, unary.Operand);
                b.Append(')');
                break;
            case InSyntax @in:
                b.Append(@in.Negated ? "(not-in " : "(in ");
                Write(b, @in.Operand);
                b.Append(' ');
                Write(b, @in.Items);
                b.Append(')');
                break;
            case IsEmptySyntax isEmpty:
                b.Append(isEmpty.Negated ? "(is-not-empty " : "(is-empty ");
                Write(b, isEmpty.Operand);
                b.Append(')');
                break;
            case LiteralSyntax literal:
                Literal(b, literal.Value);
                break;
            case PathSyntax path:
                b.Append(path.Path.Length == 0 ? "<nopath>" : path.Path);
                break;
            case CallSyntax call:
                b.Append("(call ").Append(call.Name);
                foreach (var argument in call.Arguments)
                {
                    b.Append(' ');
                    Write(b, argument);
                }

                b.Append(')');
                break;
            case ListSyntax list:
                b.Append('[');
                for (var i = 0; i < list.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        b.Append(' ');
                    }

                    Write(b, list.Items[i]);
                }

                b.Append(']');
                break;
            case IfSyntax @if:
                b.Append("(if ");
                Write(b, @if.Condition);
                b.Append(' ');
                Write(b, @if.WhenTrue);
                b.Append(' ');
                Write(b, @if.WhenFalse);
                b.Append(')');
                break;
            case MissingSyntax:
                b.Append("<missing>");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "Unknown node.");
        }
    }

    private static string OperatorText(BinaryOperator op) => op switch
    {
        BinaryOperator.Or => "or",
        BinaryOperator.And => "and",
        BinaryOperator.Equal => "=",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        _ => "%",
    };

    private static void Literal(StringBuilder b, Value value)
    {
        switch (value.Kind)
        {
            case ValueKind.Number:
                b.Append(value.AsNumber.ToString(CultureInfo.InvariantCulture));
                break;
            case ValueKind.Text:
                Text(b, value.AsText);
                break;
            default:
                b.Append(value.ToString());
                break;
        }
    }

    private static void Text(StringBuilder b, string text) =>
        b.Append('"').Append(text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal)).Append('"');
}
