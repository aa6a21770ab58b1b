namespace Perizinan.Rules.Syntax.Tree;

/// <summary>A whole rules file: its items in source order.</summary>
public sealed record RulesFileSyntax(IReadOnlyList<ItemSyntax> Items, TextSpan Span) : SyntaxNode(Span);
