namespace Perizinan.Rules.Syntax.Tree;

/// <summary>A top-level item: a rule, a check or warning, or a function declaration.</summary>
public abstract record ItemSyntax(TextSpan Span) : SyntaxNode(Span);
