namespace Perizinan.Rules.Syntax.Tree;

/// <summary>A parameter of a function declaration: <c>name: type</c>.</summary>
public sealed record ParameterSyntax(string Name, TypeSyntax Type, TextSpan Span) : SyntaxNode(Span);
