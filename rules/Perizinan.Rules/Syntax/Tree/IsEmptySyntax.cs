namespace Perizinan.Rules.Syntax.Tree;

/// <summary><c>x is empty</c> or <c>x is not empty</c>.</summary>
public sealed record IsEmptySyntax(ExpressionSyntax Operand, bool Negated, TextSpan Span) : ExpressionSyntax(Span);
