using Perizinan.Rules.Model;

namespace Perizinan.Rules.Syntax.Tree;

/// <summary>A number, text, <c>true</c>, <c>false</c> or <c>empty</c>.</summary>
public sealed record LiteralSyntax(Value Value, TextSpan Span) : ExpressionSyntax(Span);
