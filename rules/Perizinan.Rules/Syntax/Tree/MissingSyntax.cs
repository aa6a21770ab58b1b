namespace Perizinan.Rules.Syntax.Tree;

/// <summary>Stands where the parser expected an expression and found none (an error was reported).</summary>
public sealed record MissingSyntax(TextSpan Span) : ExpressionSyntax(Span);
