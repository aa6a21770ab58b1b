namespace Perizinan.Rules.Syntax.Tree;

/// <summary><c>x in [a, b]</c>, <c>x not in [a, b]</c>, or <c>"a" in listField</c> (then <see cref="Items"/> is a path).</summary>
public sealed record InSyntax(ExpressionSyntax Operand, ExpressionSyntax Items, bool Negated, TextSpan Span) : ExpressionSyntax(Span);
