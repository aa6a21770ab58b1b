namespace Perizinan.Rules.Syntax.Tree;

/// <summary>An effect inside <c>then … end</c>.</summary>
public abstract record EffectSyntax(TextSpan Span) : SyntaxNode(Span);
