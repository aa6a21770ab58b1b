using Perizinan.Rules.Diagnostics;

namespace Perizinan.Rules.Syntax;

/// <summary>
/// Reports the lexer's and the parser's errors for one file into a <see cref="DiagnosticBag"/>, with their location
/// taken from the source text. Caps the number of errors per file at <see cref="MaxErrors"/> (then reports
/// PZR1005 once and drops the rest), so that a binary or badly broken file does not flood the author.
/// Not thread-safe: one per parse.
/// </summary>
internal sealed class SyntaxDiagnostics
{
    /// <summary>The most errors reported for one file before PZR1005.</summary>
    public const int MaxErrors = 200;

    private readonly SourceText _source;
    private readonly DiagnosticBag _bag;
    private int _count;

    public SyntaxDiagnostics(SourceText source, DiagnosticBag bag)
    {
        _source = source;
        _bag = bag;
    }

    /// <summary>Whether the cap was reached (further errors are dropped).</summary>
    public bool IsFull => _count > MaxErrors;

    /// <summary>Reports an error at a span, unless the cap was reached.</summary>
    public void Error(string code, TextSpan span, string messageId, string messageEn)
    {
        if (_count > MaxErrors)
        {
            return;
        }

        _count++;
        var location = _source.Locate(span);
        if (_count > MaxErrors)
        {
            _bag.Error(
                "PZR1005",
                location,
                $"Terlalu banyak kesalahan (lebih dari {MaxErrors}); kesalahan selanjutnya di berkas ini tidak dilaporkan",
                $"Too many errors (more than {MaxErrors}); further errors in this file are not reported");
            return;
        }

        _bag.Error(code, location, messageId, messageEn);
    }
}
