using Perizinan.Rules.Model;
using Perizinan.Rules.Model.Bound;
using Perizinan.Rules.Runtime;

namespace Perizinan.Rules.Analysis;

/// <summary>Evaluates expressions that read no field and call no function, at compile time.</summary>
internal static class ConstantFolder
{
    /// <summary>Folds <paramref name="e"/> when it is constant.</summary>
    public static bool TryFold(BoundExpression e, out Value value)
    {
        if (!IsConstant(e))
        {
            value = default;
            return false;
        }

        value = ExpressionCompiler.Compile(e, _ => -1)([], null!);
        return true;
    }

    private static bool IsConstant(BoundExpression e) => e switch
    {
        BoundLiteral => true,
        BoundUnary u => IsConstant(u.Operand),
        BoundBinary b => IsConstant(b.Left) && IsConstant(b.Right),
        BoundIn i => IsConstant(i.Operand) && (i.Items?.All(IsConstant) ?? false),
        BoundIsEmpty n => IsConstant(n.Operand),
        BoundIf f => IsConstant(f.Condition) && IsConstant(f.WhenTrue) && IsConstant(f.WhenFalse),
        _ => false,
    };
}
