using Perizinan.Rules.Syntax;

namespace Perizinan.Rules.Model.Bound;

/// <summary>
/// A type-checked expression of the backend-neutral rule model. Field references are resolved to catalog fields;
/// function calls to their definitions. Immutable.
/// </summary>
internal abstract class BoundExpression(DslType type, TextSpan span)
{
    /// <summary>The expression's type.</summary>
    public DslType Type { get; } = type;

    /// <summary>Where it came from.</summary>
    public TextSpan Span { get; } = span;
}
