namespace Perizinan.Rules.Syntax.Tree;

/// <summary><c>not x</c> or <c>-x</c>.</summary>
public sealed record UnarySyntax(UnaryOperator Operator, ExpressionSyntax Operand, TextSpan Span) : ExpressionSyntax(Span);
