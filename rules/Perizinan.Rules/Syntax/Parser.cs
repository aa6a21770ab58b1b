using Perizinan.Rules.Diagnostics;
using Perizinan.Rules.Syntax.Tree;

namespace Perizinan.Rules.Syntax;

/// <summary>
/// Recursive-descent parser for rules files. It never throws on bad input: every error becomes a PZR1xxx diagnostic
/// with its location, and the parser recovers (a <see cref="MissingSyntax"/> inside an expression, skipping to the
/// next effect inside a rule, skipping to the next item at the top level) so that one run reports every error.
/// Nesting is bounded by <see cref="MaxDepth"/> so that hostile input cannot overflow the stack here or in the
/// stages that walk the tree. One instance parses one file; not thread-safe.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>The deepest an expression may nest, both while parsing and as the height of its tree.</summary>
    public const int MaxDepth = 256;

    private readonly SyntaxDiagnostics _diagnostics;
    private readonly List<Token> _tokens;
    private int _index;

    // Errors at the offset of the last error are dropped: after one error the parser often stands at the same token
    // for a while (a missing piece is not consumed), and one message per place is what the author needs.
    private int _lastErrorOffset = -1;

    private Parser(SyntaxDiagnostics diagnostics, List<Token> tokens)
    {
        _diagnostics = diagnostics;
        _tokens = tokens;
    }

    /// <summary>Parses a whole rules file, reporting syntax errors (PZR1001–PZR1006) into the bag.</summary>
    public static RulesFileSyntax Parse(SourceText source, DiagnosticBag diagnostics)
    {
        var parser = Create(source, diagnostics);
        var file = parser.ParseFile(new TextSpan(0, source.Text.Length));
        parser._diagnostics.Flush();
        return file;
    }

    /// <summary>Parses one expression that must fill the whole text (for tools and tests).</summary>
    public static ExpressionSyntax ParseExpression(SourceText source, DiagnosticBag diagnostics)
    {
        var parser = Create(source, diagnostics);
        var expression = parser.ParseTopExpression();
        if (parser.Current.Kind != TokenKind.EndOfFile)
        {
            parser.ReportExpected(("akhir ekspresi", "the end of the expression"));
        }

        parser._diagnostics.Flush();
        return expression;
    }

    private static Parser Create(SourceText source, DiagnosticBag diagnostics)
    {
        var reporter = new SyntaxDiagnostics(source, diagnostics);
        var tokens = Lexer.Tokenize(source, reporter);

        // Bad characters were reported by the lexer; the grammar never sees them.
        tokens.RemoveAll(t => t.Kind == TokenKind.Bad);
        return new Parser(reporter, tokens);
    }

    private Token Current => _tokens[_index];

    private Token Peek(int offset) => _tokens[Math.Min(_index + offset, _tokens.Count - 1)];

    private TokenKind PreviousKind => _index > 0 ? _tokens[_index - 1].Kind : TokenKind.EndOfFile;

    /// <summary>The end of the last consumed token.</summary>
    private int LastEnd => _index > 0 ? _tokens[_index - 1].Span.End : 0;

    /// <summary>Consumes the current token (never moves past the end of the file) and returns it.</summary>
    private Token Next()
    {
        var token = _tokens[_index];
        if (token.Kind != TokenKind.EndOfFile)
        {
            _index++;
        }

        return token;
    }

    private bool Accept(TokenKind kind)
    {
        if (Current.Kind != kind)
        {
            return false;
        }

        Next();
        return true;
    }

    /// <summary>Consumes a token of the kind, or reports that it was expected (and consumes nothing).</summary>
    private bool Expect(TokenKind kind)
    {
        if (Accept(kind))
        {
            return true;
        }

        ReportExpected(Quote(kind));
        return false;
    }

    /// <summary>The span from the start of a token to the end of the last consumed token.</summary>
    private TextSpan SpanFrom(TextSpan start) => new(start.Start, Math.Max(LastEnd, start.End) - start.Start);

    private TextSpan HereEmpty => new(Current.Span.Start, 0);

    /// <summary>Consumes tokens until <paramref name="stop"/> holds or the file ends (possibly none).</summary>
    private void SkipUntil(Func<bool> stop)
    {
        while (Current.Kind != TokenKind.EndOfFile && !stop())
        {
            Next();
        }
    }

    /// <summary>Consumes at least one token (unless at the end), then up to where <paramref name="stop"/> holds.</summary>
    private void SkipPastThenUntil(Func<bool> stop)
    {
        Next();
        SkipUntil(stop);
    }

    /// <summary>Whether the current token starts an item (a keyword after a dot is a path segment, not an item).</summary>
    private bool AtItemStart() =>
        Current.Kind is TokenKind.Rule or TokenKind.Check or TokenKind.Warn or TokenKind.Function
        && PreviousKind != TokenKind.Dot;

    private bool AtEffectStart() =>
        Current.Kind is TokenKind.Show or TokenKind.Require or TokenKind.Set or TokenKind.Fee
        && PreviousKind != TokenKind.Dot;

    private void Error(string code, TextSpan span, string messageId, string messageEn)
    {
        if (WillReport(span))
        {
            _diagnostics.Error(code, span, messageId, messageEn);
        }
    }

    /// <summary>Claims the offset of an error about to be reported; false when it must be dropped.</summary>
    private bool WillReport(TextSpan span)
    {
        if (span.Start == _lastErrorOffset || !_diagnostics.Accepts(span.Start))
        {
            return false;
        }

        _lastErrorOffset = span.Start;
        return true;
    }

    /// <summary>Reports PZR1003 "expected X but found Y" at the current token.</summary>
    private void ReportExpected((string Id, string En) expected)
    {
        if (!WillReport(Current.Span))
        {
            return;
        }

        var found = Describe(Current);
        _diagnostics.Error("PZR1003", Current.Span,
            $"Diharapkan {expected.Id}, tetapi ditemukan {found.Id}",
            $"Expected {expected.En} but found {found.En}");
    }

    private static (string Id, string En) Quote(TokenKind kind)
    {
        var text = $"'{SyntaxFacts.FixedText(kind) ?? kind.ToString()}'";
        return (text, text);
    }

    private static (string Id, string En) Describe(Token token)
    {
        if (token.Kind == TokenKind.EndOfFile)
        {
            return ("akhir berkas", "the end of the file");
        }

        const int maxShown = 30;
        var text = token.Text.Length > maxShown ? string.Concat(token.Text.AsSpan(0, maxShown), "…") : token.Text;
        var shown = token.Kind == TokenKind.String ? text : $"'{text}'";
        return (shown, shown);
    }
}
