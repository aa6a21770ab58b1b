namespace Perizinan.Rules.Syntax.Tree;

/// <summary>An expression.</summary>
public abstract record ExpressionSyntax(TextSpan Span) : SyntaxNode(Span);
