using Perizinan.Rules.Diagnostics;

namespace Perizinan.Rules.Syntax;

/// <summary>
/// Collects the lexer's and the parser's errors for one file and hands them to a <see cref="DiagnosticBag"/> in
/// source order when the file is done (the lexer runs ahead of the parser, so they do not arrive in order). At most
/// <see cref="MaxErrors"/> are reported, the first ones in the file, followed by one PZR1005; memory stays bounded
/// however broken the file is. Not thread-safe: one per lexed or parsed file.
/// </summary>
internal sealed class SyntaxDiagnostics
{
    /// <summary>The most errors reported for one file; beyond that one PZR1005 says the rest were dropped.</summary>
    public const int MaxErrors = 200;

    private readonly SourceText _source;
    private readonly DiagnosticBag _bag;
    private readonly List<(int Offset, int Sequence, Diagnostic Diagnostic)> _pending = [];
    private int _sequence;
    private bool _truncated;

    // Once truncated, an error at or after this offset can never be among the first MaxErrors + 1.
    private int _threshold = int.MaxValue;

    public SyntaxDiagnostics(SourceText source, DiagnosticBag bag)
    {
        _source = source;
        _bag = bag;
    }

    /// <summary>
    /// Whether an error at this offset could still be reported; callers check it before formatting messages, so that
    /// a huge broken file does not spend its time on messages that are dropped.
    /// </summary>
    public bool Accepts(int offset) => offset < _threshold;

    /// <summary>Records an error at a span.</summary>
    public void Error(string code, TextSpan span, string messageId, string messageEn)
    {
        if (!Accepts(span.Start))
        {
            return;
        }

        var diagnostic = new Diagnostic(code, Severity.Error, _source.Locate(span), messageId, messageEn);
        _pending.Add((span.Start, _sequence++, diagnostic));
        if (_pending.Count > 4 * MaxErrors)
        {
            // Only the first MaxErrors + 1 in source order can ever be reported (the last one places PZR1005).
            SortPending();
            _pending.RemoveRange(MaxErrors + 1, _pending.Count - (MaxErrors + 1));
            _truncated = true;
            _threshold = _pending[MaxErrors].Offset;
        }
    }

    /// <summary>Adds the recorded errors to the bag, in source order and capped. Call once, at the end.</summary>
    public void Flush()
    {
        SortPending();
        for (var i = 0; i < Math.Min(MaxErrors, _pending.Count); i++)
        {
            _bag.Add(_pending[i].Diagnostic);
        }

        if (_truncated || _pending.Count > MaxErrors)
        {
            _bag.Error(
                "PZR1005",
                _pending[MaxErrors].Diagnostic.Location,
                $"Terlalu banyak kesalahan (lebih dari {MaxErrors}); kesalahan selanjutnya di berkas ini tidak dilaporkan",
                $"Too many errors (more than {MaxErrors}); further errors in this file are not reported");
        }

        _pending.Clear();
    }

    private void SortPending() =>
        _pending.Sort(static (a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : a.Sequence.CompareTo(b.Sequence));
}
