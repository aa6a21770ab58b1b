namespace Perizinan.Rules.Syntax.Tree;

/// <summary>A node of the rules syntax tree. Every node knows the span of source it came from.</summary>
public abstract record SyntaxNode(TextSpan Span);
