using Perizinan.Rules.Syntax;

namespace Perizinan.Rules.Model.Bound;

/// <summary>A constant.</summary>
internal sealed class BoundLiteral(Value value, DslType type, TextSpan span) : BoundExpression(type, span)
{
    /// <summary>The constant value.</summary>
    public Value Value { get; } = value;
}
