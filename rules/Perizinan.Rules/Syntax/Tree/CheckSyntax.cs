namespace Perizinan.Rules.Syntax.Tree;

/// <summary><c>check field: condition else id "…" en "…"</c>, or the same with <c>warn</c>.</summary>
/// <param name="IsWarning">Whether this is a <c>warn</c> (never blocks) rather than a <c>check</c>.</param>
/// <param name="Subject">The field the message belongs to.</param>
/// <param name="Condition">What must hold for the answer to be right.</param>
/// <param name="MessageId">The message in Indonesian.</param>
/// <param name="MessageEn">The message in English.</param>
/// <param name="Span">The whole item.</param>
public sealed record CheckSyntax(bool IsWarning, PathSyntax Subject, ExpressionSyntax Condition, string MessageId, string MessageEn, TextSpan Span)
    : ItemSyntax(Span);
