namespace Perizinan.Rules.Syntax.Tree;

/// <summary><c>fee fee_id = expression</c>.</summary>
public sealed record FeeEffectSyntax(string FeeId, TextSpan FeeIdSpan, ExpressionSyntax Amount, TextSpan Span) : EffectSyntax(Span);
