namespace Perizinan.Rules.Syntax.Tree;

/// <summary><c>rule "name" [when condition] then effect… end</c>.</summary>
/// <param name="Name">The rule's name (unique in the file).</param>
/// <param name="NameSpan">Where the name is.</param>
/// <param name="Condition">The condition, or <c>null</c> when there is no <c>when</c> (always holds).</param>
/// <param name="Effects">The effects, in order.</param>
/// <param name="Span">The whole rule.</param>
public sealed record RuleSyntax(string Name, TextSpan NameSpan, ExpressionSyntax? Condition, IReadOnlyList<EffectSyntax> Effects, TextSpan Span)
    : ItemSyntax(Span);
