using Perizinan.Rules.Syntax;
using Perizinan.Rules.Syntax.Tree;

namespace Perizinan.Rules.Model.Bound;

/// <summary><c>not x</c> or <c>-x</c>.</summary>
internal sealed class BoundUnary(UnaryOperator op, BoundExpression operand, DslType type, TextSpan span) : BoundExpression(type, span)
{
    /// <summary>The operator.</summary>
    public UnaryOperator Operator { get; } = op;

    /// <summary>The operand.</summary>
    public BoundExpression Operand { get; } = operand;
}
