namespace Perizinan.Rules.Syntax.Tree;

/// <summary><c>require field</c>.</summary>
public sealed record RequireEffectSyntax(PathSyntax Target, TextSpan Span) : EffectSyntax(Span);
