using Perizinan.Rules.Diagnostics;

namespace Perizinan.Rules.Syntax;

/// <summary>The text of a rules file with its name, able to turn offsets into line and column. Immutable.</summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    /// <summary>Wraps a text.</summary>
    public SourceText(string text, string fileName = "rules.pzr")
    {
        Text = text;
        FileName = fileName;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    /// <summary>The whole text.</summary>
    public string Text { get; }

    /// <summary>The file name used in diagnostics.</summary>
    public string FileName { get; }

    /// <summary>The location (1-based line and column) of a span.</summary>
    public SourceLocation Locate(TextSpan span)
    {
        var offset = Math.Clamp(span.Start, 0, Text.Length);
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new SourceLocation(FileName, line + 1, offset - _lineStarts[line] + 1, span.Start, span.Length);
    }
}
