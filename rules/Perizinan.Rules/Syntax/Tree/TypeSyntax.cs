using Perizinan.Rules.Model;

namespace Perizinan.Rules.Syntax.Tree;

/// <summary>A type name in a declaration: <c>number</c>, <c>text</c>, <c>bool</c>, <c>date</c> or <c>list</c>.</summary>
public sealed record TypeSyntax(DslType Type, TextSpan Span) : SyntaxNode(Span);
