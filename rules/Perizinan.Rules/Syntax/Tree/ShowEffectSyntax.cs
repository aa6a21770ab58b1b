namespace Perizinan.Rules.Syntax.Tree;

/// <summary><c>show field</c>.</summary>
public sealed record ShowEffectSyntax(PathSyntax Target, TextSpan Span) : EffectSyntax(Span);
