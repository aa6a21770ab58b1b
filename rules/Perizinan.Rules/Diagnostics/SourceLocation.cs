namespace Perizinan.Rules.Diagnostics;

/// <summary>A place in a source file: 1-based line and column, plus the 0-based offset and length of the span.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column, int Offset = 0, int Length = 0)
{
    /// <summary>A location for a whole file (no line known).</summary>
    public static SourceLocation OfFile(string file) => new(file, 1, 1);

    /// <inheritdoc />
    public override string ToString() => $"{File}({Line},{Column})";
}
