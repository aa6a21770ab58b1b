using Perizinan.Rules.Syntax;

namespace Perizinan.Rules.Model.Bound;

/// <summary><c>if c then a else b end</c>.</summary>
internal sealed class BoundIf(BoundExpression condition, BoundExpression whenTrue, BoundExpression whenFalse, DslType type, TextSpan span)
    : BoundExpression(type, span)
{
    /// <summary>The condition.</summary>
    public BoundExpression Condition { get; } = condition;

    /// <summary>The value when it holds.</summary>
    public BoundExpression WhenTrue { get; } = whenTrue;

    /// <summary>The value when it does not.</summary>
    public BoundExpression WhenFalse { get; } = whenFalse;
}
