namespace Perizinan.Rules.Syntax.Tree;

/// <summary>A list literal <c>[a, b, c]</c> (right of <c>in</c>).</summary>
public sealed record ListSyntax(IReadOnlyList<ExpressionSyntax> Items, TextSpan Span) : ExpressionSyntax(Span);
