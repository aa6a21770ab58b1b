namespace Perizinan.Rules.Syntax;

/// <summary>One token: its kind, where it is, its exact text and (for literals) its value.</summary>
public sealed record Token(TokenKind Kind, TextSpan Span, string Text, object? Value = null);
