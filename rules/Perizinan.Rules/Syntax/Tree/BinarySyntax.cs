namespace Perizinan.Rules.Syntax.Tree;

/// <summary>An infix operation: arithmetic, comparison, <c>and</c>, <c>or</c>.</summary>
public sealed record BinarySyntax(BinaryOperator Operator, ExpressionSyntax Left, ExpressionSyntax Right, TextSpan Span) : ExpressionSyntax(Span);
