using Perizinan.Rules.Functions;
using Perizinan.Rules.Syntax;

namespace Perizinan.Rules.Model.Bound;

/// <summary>A call of a built-in or package function.</summary>
internal sealed class BoundCall(FunctionDefinition function, IReadOnlyList<BoundExpression> arguments, TextSpan span)
    : BoundExpression(function.Returns, span)
{
    /// <summary>The function.</summary>
    public FunctionDefinition Function { get; } = function;

    /// <summary>The arguments.</summary>
    public IReadOnlyList<BoundExpression> Arguments { get; } = arguments;
}
