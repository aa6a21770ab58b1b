using System.Linq.Expressions;
using FastExpressionCompiler;
using NRules.Extensibility;

namespace Perizinan.Rules.Runtime;

/// <summary>
/// Compiles the small lambdas NRules builds from our rule definitions (key tests, row joins, a call to the compiled
/// rule) with FastExpressionCompiler: a 200-rule form has over a thousand of them, and the framework's
/// <c>Expression.Compile</c> spends milliseconds on each. A lambda it cannot handle falls back to the framework.
/// </summary>
internal sealed class FastRuleExpressionCompiler : IExpressionCompiler
{
    /// <inheritdoc />
    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate =>
        expression.CompileFast(ifFastFailedReturnNull: true) ?? expression.Compile();
}
