using Perizinan.Rules.Syntax;
using Perizinan.Rules.Syntax.Tree;

namespace Perizinan.Rules.Model.Bound;

/// <summary>An infix operation.</summary>
internal sealed class BoundBinary(BinaryOperator op, BoundExpression left, BoundExpression right, DslType type, TextSpan span)
    : BoundExpression(type, span)
{
    /// <summary>The operator.</summary>
    public BinaryOperator Operator { get; } = op;

    /// <summary>The left operand.</summary>
    public BoundExpression Left { get; } = left;

    /// <summary>The right operand.</summary>
    public BoundExpression Right { get; } = right;
}
