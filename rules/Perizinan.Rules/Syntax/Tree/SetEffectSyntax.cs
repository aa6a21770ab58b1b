namespace Perizinan.Rules.Syntax.Tree;

/// <summary><c>set field = expression</c>.</summary>
public sealed record SetEffectSyntax(PathSyntax Target, ExpressionSyntax Value, TextSpan Span) : EffectSyntax(Span);
