using Perizinan.Rules.Syntax;

namespace Perizinan.Rules.Model.Bound;

/// <summary><c>x is empty</c> / <c>x is not empty</c>.</summary>
internal sealed class BoundIsEmpty(BoundExpression operand, bool negated, TextSpan span) : BoundExpression(DslType.Bool, span)
{
    /// <summary>The operand.</summary>
    public BoundExpression Operand { get; } = operand;

    /// <summary>Whether this is <c>is not empty</c>.</summary>
    public bool Negated { get; } = negated;
}
