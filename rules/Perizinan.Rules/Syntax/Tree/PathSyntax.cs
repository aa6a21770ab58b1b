namespace Perizinan.Rules.Syntax.Tree;

/// <summary>
/// A field path such as <c>pemohon.nik</c> or <c>papan[].luas</c>. <see cref="Path"/> is the normalised text
/// (segments joined by dots, <c>[]</c> glued to the segment before it).
/// </summary>
public sealed record PathSyntax(string Path, TextSpan Span) : ExpressionSyntax(Span);
