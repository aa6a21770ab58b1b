namespace Perizinan.Rules.Syntax.Tree;

/// <summary>A function call or an aggregate: <c>name(arg, …)</c>.</summary>
public sealed record CallSyntax(string Name, TextSpan NameSpan, IReadOnlyList<ExpressionSyntax> Arguments, TextSpan Span) : ExpressionSyntax(Span);
