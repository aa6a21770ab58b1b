using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Perizinan.Rules.Model;
using Perizinan.Rules.Syntax.Tree;

namespace Perizinan.Rules.Syntax;

/// <summary>
/// Prints a syntax tree in the canonical layout, with only the parentheses that precedence and associativity need:
/// for every tree without <see cref="MissingSyntax"/>, parsing the printed text gives the same tree (spans aside).
/// Stateless and thread-safe.
/// </summary>
internal static class Printer
{
    // Binding strength, loosest first; an operand printed at a lower level than its slot requires gets parentheses.
    private const int OrLevel = 1;
    private const int AndLevel = 2;
    private const int NotLevel = 3;
    private const int ComparisonLevel = 4;
    private const int AdditiveLevel = 5;
    private const int MultiplicativeLevel = 6;
    private const int NegateLevel = 7;
    private const int PrimaryLevel = 8;

    /// <summary>Prints a whole rules file: items separated by a blank line, ending with a newline.</summary>
    public static string Print(RulesFileSyntax file)
    {
        var builder = new StringBuilder();
        foreach (var item in file.Items)
        {
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            PrintItem(builder, item);
            builder.Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>Prints one expression.</summary>
    public static string Print(ExpressionSyntax expression)
    {
        var builder = new StringBuilder();
        Write(builder, expression, 0);
        return builder.ToString();
    }

    private static void PrintItem(StringBuilder builder, ItemSyntax item)
    {
        switch (item)
        {
            case RuleSyntax rule:
                builder.Append("rule ");
                WriteText(builder, rule.Name);
                builder.Append('\n');
                if (rule.Condition is not null)
                {
                    builder.Append("when ");
                    Write(builder, rule.Condition, 0);
                    builder.Append('\n');
                }

                builder.Append("then\n");
                foreach (var effect in rule.Effects)
                {
                    builder.Append("  ");
                    PrintEffect(builder, effect);
                    builder.Append('\n');
                }

                builder.Append("end");
                break;
            case CheckSyntax check:
                builder.Append(check.IsWarning ? "warn " : "check ").Append(check.Subject.Path).Append(": ");
                Write(builder, check.Condition, 0);
                builder.Append("\n  else id ");
                WriteText(builder, check.MessageId);
                builder.Append(" en ");
                WriteText(builder, check.MessageEn);
                break;
            case FunctionDeclarationSyntax function:
                builder.Append("function ").Append(function.Name).Append('(');
                for (var i = 0; i < function.Parameters.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    var parameter = function.Parameters[i];
                    builder.Append(parameter.Name).Append(": ").Append(SyntaxFacts.TypeName(parameter.Type.Type));
                }

                builder.Append("): ").Append(SyntaxFacts.TypeName(function.Returns.Type));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(item), item.GetType().Name, "Unknown item syntax.");
        }
    }

    private static void PrintEffect(StringBuilder builder, EffectSyntax effect)
    {
        switch (effect)
        {
            case ShowEffectSyntax show:
                builder.Append("show ").Append(show.Target.Path);
                break;
            case RequireEffectSyntax require:
                builder.Append("require ").Append(require.Target.Path);
                break;
            case SetEffectSyntax set:
                builder.Append("set ").Append(set.Target.Path).Append(" = ");
                Write(builder, set.Value, 0);
                break;
            case FeeEffectSyntax fee:
                builder.Append("fee ").Append(fee.FeeId).Append(" = ");
                Write(builder, fee.Amount, 0);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(effect), effect.GetType().Name, "Unknown effect syntax.");
        }
    }

    private static int Level(ExpressionSyntax expression) => expression switch
    {
        BinarySyntax { Operator: BinaryOperator.Or } => OrLevel,
        BinarySyntax { Operator: BinaryOperator.And } => AndLevel,
        UnarySyntax { Operator: UnaryOperator.Not } => NotLevel,
        BinarySyntax { Operator: BinaryOperator.Add or BinaryOperator.Subtract } => AdditiveLevel,
        BinarySyntax { Operator: BinaryOperator.Multiply or BinaryOperator.Divide or BinaryOperator.Remainder } => MultiplicativeLevel,
        BinarySyntax or InSyntax or IsEmptySyntax => ComparisonLevel,
        UnarySyntax => NegateLevel,
        LiteralSyntax { Value: { Kind: ValueKind.Number } value } when value.AsNumber < 0 => NegateLevel,
        _ => PrimaryLevel,
    };

    /// <summary>Writes an expression that sits in a slot accepting <paramref name="minLevel"/> or tighter.</summary>
    private static void Write(StringBuilder builder, ExpressionSyntax expression, int minLevel)
    {
        // Trees from the parser are bounded in height; a hand-built one that is deeper fails cleanly here.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var parenthesise = Level(expression) < minLevel;
        if (parenthesise)
        {
            builder.Append('(');
        }

        WriteBare(builder, expression);
        if (parenthesise)
        {
            builder.Append(')');
        }
    }

    private static void WriteBare(StringBuilder builder, ExpressionSyntax expression)
    {
        switch (expression)
        {
            case BinarySyntax binary:
                WriteBinary(builder, binary);
                break;
            case UnarySyntax { Operator: UnaryOperator.Not } not:
                builder.Append("not ");
                Write(builder, not.Operand, NotLevel);
                break;
            case UnarySyntax negate:
                builder.Append('-');
                Write(builder, negate.Operand, NegateLevel);
                break;
            case InSyntax @in:
                Write(builder, @in.Operand, AdditiveLevel);
                builder.Append(@in.Negated ? " not in " : " in ");
                Write(builder, @in.Items, AdditiveLevel);
                break;
            case IsEmptySyntax isEmpty:
                Write(builder, isEmpty.Operand, AdditiveLevel);
                builder.Append(isEmpty.Negated ? " is not empty" : " is empty");
                break;
            case LiteralSyntax literal:
                WriteValue(builder, literal.Value);
                break;
            case PathSyntax path:
                builder.Append(path.Path);
                break;
            case CallSyntax call:
                builder.Append(call.Name).Append('(');
                WriteSequence(builder, call.Arguments);
                builder.Append(')');
                break;
            case ListSyntax list:
                builder.Append('[');
                WriteSequence(builder, list.Items);
                builder.Append(']');
                break;
            case IfSyntax @if:
                builder.Append("if ");
                Write(builder, @if.Condition, 0);
                builder.Append(" then ");
                Write(builder, @if.WhenTrue, 0);
                builder.Append(" else ");
                Write(builder, @if.WhenFalse, 0);
                builder.Append(" end");
                break;
            case MissingSyntax:
                // Not valid syntax on purpose: a tree with a missing piece came from a file with errors.
                builder.Append("<?>");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(expression), expression.GetType().Name, "Unknown expression syntax.");
        }
    }

    private static void WriteBinary(StringBuilder builder, BinarySyntax binary)
    {
        // Left-associative operators take an equal-level left operand bare and need parentheses for an equal-level
        // right operand; comparisons are not associative, so both of their operands must bind tighter.
        var (text, level) = binary.Operator switch
        {
            BinaryOperator.Or => ("or", OrLevel),
            BinaryOperator.And => ("and", AndLevel),
            BinaryOperator.Equal => ("=", ComparisonLevel),
            BinaryOperator.NotEqual => ("!=", ComparisonLevel),
            BinaryOperator.Less => ("<", ComparisonLevel),
            BinaryOperator.LessOrEqual => ("<=", ComparisonLevel),
            BinaryOperator.Greater => (">", ComparisonLevel),
            BinaryOperator.GreaterOrEqual => (">=", ComparisonLevel),
            BinaryOperator.Add => ("+", AdditiveLevel),
            BinaryOperator.Subtract => ("-", AdditiveLevel),
            BinaryOperator.Multiply => ("*", MultiplicativeLevel),
            BinaryOperator.Divide => ("/", MultiplicativeLevel),
            _ => ("%", MultiplicativeLevel),
        };

        var leftLevel = level == ComparisonLevel ? AdditiveLevel : level;
        var rightLevel = level == ComparisonLevel ? AdditiveLevel : level + 1;

        // `and` takes `not …` on its right without parentheses: the right operand of `and` is a `not` expression.
        Write(builder, binary.Left, leftLevel);
        builder.Append(' ').Append(text).Append(' ');
        Write(builder, binary.Right, rightLevel);
    }

    private static void WriteSequence(StringBuilder builder, IReadOnlyList<ExpressionSyntax> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            Write(builder, items[i], 0);
        }
    }

    private static void WriteValue(StringBuilder builder, Value value)
    {
        switch (value.Kind)
        {
            case ValueKind.Empty:
                builder.Append("empty");
                break;
            case ValueKind.Number:
                builder.Append(value.AsNumber.ToString(CultureInfo.InvariantCulture));
                break;
            case ValueKind.Text:
                WriteText(builder, value.AsText);
                break;
            case ValueKind.Bool:
                builder.Append(value.AsBool ? "true" : "false");
                break;
            case ValueKind.Date:
                // The language has no date literal; a folded date prints as the call that makes it.
                var date = value.AsDate;
                builder.Append(CultureInfo.InvariantCulture, $"date({date.Year}, {date.Month}, {date.Day})");
                break;
            default:
                builder.Append('[');
                var items = value.AsList;
                for (var i = 0; i < items.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    WriteText(builder, items[i]);
                }

                builder.Append(']');
                break;
        }
    }

    private static void WriteText(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        builder.Append('"');
    }
}
