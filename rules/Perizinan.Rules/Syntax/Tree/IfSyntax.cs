namespace Perizinan.Rules.Syntax.Tree;

/// <summary><c>if condition then a else b end</c>.</summary>
public sealed record IfSyntax(ExpressionSyntax Condition, ExpressionSyntax WhenTrue, ExpressionSyntax WhenFalse, TextSpan Span) : ExpressionSyntax(Span);
