namespace Perizinan.Rules.Syntax;

/// <summary>A range of characters in a source text: 0-based start offset and length.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The offset just after the span.</summary>
    public int End => Start + Length;

    /// <summary>The smallest span that covers both.</summary>
    public static TextSpan Cover(TextSpan a, TextSpan b)
    {
        var start = Math.Min(a.Start, b.Start);
        return new TextSpan(start, Math.Max(a.End, b.End) - start);
    }
}
