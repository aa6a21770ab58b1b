using Perizinan.Rules.Syntax;

namespace Perizinan.Rules.Model.Bound;

/// <summary>
/// Membership: <c>x in [a, b]</c> (<see cref="Items"/> set) or <c>"a" in listField</c> (<see cref="ListOperand"/> set).
/// </summary>
internal sealed class BoundIn(BoundExpression operand, IReadOnlyList<BoundExpression>? items, BoundExpression? listOperand, bool negated, TextSpan span)
    : BoundExpression(DslType.Bool, span)
{
    /// <summary>The value looked for.</summary>
    public BoundExpression Operand { get; } = operand;

    /// <summary>The literal list, or <c>null</c>.</summary>
    public IReadOnlyList<BoundExpression>? Items { get; } = items;

    /// <summary>A list-valued expression, or <c>null</c>.</summary>
    public BoundExpression? ListOperand { get; } = listOperand;

    /// <summary>Whether this is <c>not in</c>.</summary>
    public bool Negated { get; } = negated;
}
