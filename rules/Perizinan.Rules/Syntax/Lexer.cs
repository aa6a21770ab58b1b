using System.Globalization;
using System.Text;
using Perizinan.Rules.Diagnostics;

namespace Perizinan.Rules.Syntax;

/// <summary>
/// Turns the text of a rules file into tokens. Never throws on bad input: a character that does not belong becomes
/// a <see cref="TokenKind.Bad"/> token with a PZR1001 diagnostic, and literals that cannot be read are reported and
/// still produce a token so that the parser can go on. The list always ends with <see cref="TokenKind.EndOfFile"/>.
/// </summary>
internal sealed class Lexer
{
    private readonly SourceText _source;
    private readonly string _text;
    private readonly SyntaxDiagnostics _diagnostics;
    private readonly List<Token> _tokens = [];
    private readonly StringBuilder _builder = new();
    private int _position;

    private Lexer(SourceText source, SyntaxDiagnostics diagnostics)
    {
        _source = source;
        _text = source.Text;
        _diagnostics = diagnostics;
    }

    /// <summary>Splits a rules file into tokens, reporting lexical errors (PZR1001–PZR1004) into the bag.</summary>
    public static IReadOnlyList<Token> Tokenize(SourceText source, DiagnosticBag diagnostics)
    {
        var reporter = new SyntaxDiagnostics(source, diagnostics);
        var tokens = Tokenize(source, reporter);
        reporter.Flush();
        return tokens;
    }

    /// <summary>Splits a rules file into tokens, sharing the parser's error cap.</summary>
    internal static List<Token> Tokenize(SourceText source, SyntaxDiagnostics diagnostics)
    {
        var lexer = new Lexer(source, diagnostics);
        lexer.Run();
        return lexer._tokens;
    }

    private char Current => _position < _text.Length ? _text[_position] : '\0';

    private char Peek(int offset) => _position + offset < _text.Length ? _text[_position + offset] : '\0';

    private void Run()
    {
        // A byte order mark that survived decoding is not part of the text an author wrote.
        if (_text.Length > 0 && _text[0] == '\uFEFF')
        {
            _position = 1;
        }

        while (_position < _text.Length)
        {
            var c = _text[_position];
            switch (c)
            {
                case ' ' or '\t' or '\r' or '\n':
                    _position++;
                    break;
                case '#':
                    while (_position < _text.Length && _text[_position] != '\n')
                    {
                        _position++;
                    }

                    break;
                case '"':
                    LexString();
                    break;
                case >= '0' and <= '9':
                    LexNumber();
                    break;
                case (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_':
                    LexWord();
                    break;
                default:
                    LexOperator(c);
                    break;
            }
        }

        _tokens.Add(new Token(TokenKind.EndOfFile, new TextSpan(_text.Length, 0), string.Empty));
    }

    private void Add(TokenKind kind, int start, object? value = null) =>
        _tokens.Add(new Token(kind, new TextSpan(start, _position - start), _text[start.._position], value));

    private static bool IsWordChar(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_';

    private void LexWord()
    {
        var start = _position;
        while (IsWordChar(Current))
        {
            _position++;
        }

        Add(SyntaxFacts.KeywordKind(_text.AsSpan(start, _position - start)), start);
    }

    private void LexNumber()
    {
        // Take the whole number-like run (digits, letters, underscores, and a fraction when a digit follows the
        // dot) so that `12abc` or `1__0` is one bad number rather than a number followed by something else.
        var start = _position;
        while (IsWordChar(Current))
        {
            _position++;
        }

        if (Current == '.' && char.IsAsciiDigit(Peek(1)))
        {
            _position++;
            while (IsWordChar(Current))
            {
                _position++;
            }
        }

        var span = _text.AsSpan(start, _position - start);
        if (!IsWellFormedNumber(span))
        {
            Add(TokenKind.Number, start, 0m);
            if (_diagnostics.Accepts(start))
            {
                _diagnostics.Error("PZR1004", new TextSpan(start, span.Length),
                    $"Angka '{span}' tidak dapat dibaca: tulis angka seperti 24, 2.5 atau 1_500_000",
                    $"The number '{span}' cannot be read: write numbers like 24, 2.5 or 1_500_000");
            }

            return;
        }

        _builder.Clear();
        foreach (var c in span)
        {
            if (c != '_')
            {
                _builder.Append(c);
            }
        }

        if (!decimal.TryParse(_builder.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            Add(TokenKind.Number, start, 0m);
            if (_diagnostics.Accepts(start))
            {
                _diagnostics.Error("PZR1004", new TextSpan(start, span.Length),
                    $"Angka '{span}' terlalu besar", $"The number '{span}' is too large");
            }

            return;
        }

        Add(TokenKind.Number, start, value);
    }



    /// <summary>digits ('_' digits)* ['.' digits].</summary>
    private static bool IsWellFormedNumber(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (!ReadDigitGroups(text, ref i, allowSeparators: true))
        {
            return false;
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            if (!ReadDigitGroups(text, ref i, allowSeparators: false))
            {
                return false;
            }
        }

        return i == text.Length;
    }

    private static bool ReadDigitGroups(ReadOnlySpan<char> text, ref int i, bool allowSeparators)
    {
        var start = i;
        while (i < text.Length)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                i++;
            }
            else if (allowSeparators && text[i] == '_' && i > start && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i > start;
    }

    private void LexString()
    {
        var start = _position;
        _position++;
        _builder.Clear();
        while (true)
        {
            var c = Current;
            if (_position >= _text.Length || c is '\n' or '\r')
            {
                // The token ends at the end of the line so that the next line is read normally.
                Add(TokenKind.String, start, _builder.ToString());
                _diagnostics.Error("PZR1002", new TextSpan(start, 1),
                    "Teks tidak ditutup dengan '\"' sebelum akhir baris",
                    "Text is not closed with '\"' before the end of the line");
                return;
            }

            if (c == '"')
            {
                _position++;
                Add(TokenKind.String, start, _builder.ToString());
                return;
            }

            if (c == '\\' && _position + 1 < _text.Length && _text[_position + 1] is not ('\n' or '\r'))
            {
                var escaped = _text[_position + 1];
                switch (escaped)
                {
                    case '"' or '\\':
                        _builder.Append(escaped);
                        break;
                    case 'n':
                        _builder.Append('\n');
                        break;
                    default:
                        // Keep the text as written so that the rest of the string reads normally.
                        _builder.Append('\\').Append(escaped);
                        if (!_diagnostics.Accepts(_position))
                        {
                            break;
                        }

                        var shown = Describe(escaped);
                        _diagnostics.Error("PZR1003", new TextSpan(_position, 2),
                            $"Escape '\\{shown}' tidak dikenal di dalam teks; yang boleh: \\\" \\\\ \\n",
                            $"Unknown escape '\\{shown}' in text; allowed are \\\" \\\\ \\n");
                        break;
                }

                _position += 2;
                continue;
            }

            _builder.Append(c);
            _position++;
        }
    }

    private void LexOperator(char c)
    {
        var start = _position;
        var kind = c switch
        {
            '=' => TokenKind.Equal,
            '<' => Peek(1) == '=' ? TokenKind.LessOrEqual : TokenKind.Less,
            '>' => Peek(1) == '=' ? TokenKind.GreaterOrEqual : TokenKind.Greater,
            '!' when Peek(1) == '=' => TokenKind.NotEqual,
            '+' => TokenKind.Plus,
            '-' => TokenKind.Minus,
            '*' => TokenKind.Star,
            '/' => TokenKind.Slash,
            '%' => TokenKind.Percent,
            '(' => TokenKind.OpenParen,
            ')' => TokenKind.CloseParen,
            '[' => TokenKind.OpenBracket,
            ']' => TokenKind.CloseBracket,
            ',' => TokenKind.Comma,
            ':' => TokenKind.Colon,
            '.' => TokenKind.Dot,
            _ => TokenKind.Bad,
        };

        if (kind == TokenKind.Bad)
        {
            LexBad();
            return;
        }

        if (kind == TokenKind.Equal && Peek(1) == '=')
        {
            // `==` is what programmers type; read it as `=` so that the parser does not report it a second time.
            _position += 2;
            Add(TokenKind.Equal, start);
            _diagnostics.Error("PZR1003", new TextSpan(start, 2),
                "Diharapkan '=', tetapi ditemukan '=='; untuk membandingkan cukup satu '='",
                "Expected '=' but found '=='; use a single '=' to compare");
            return;
        }

        _position += kind is TokenKind.LessOrEqual or TokenKind.GreaterOrEqual or TokenKind.NotEqual ? 2 : 1;
        Add(kind, start);
    }

    private void LexBad()
    {
        var start = _position;

        // A character outside the basic plane is one character to the author, even though it is two UTF-16 units.
        _position += char.IsHighSurrogate(Current) && char.IsLowSurrogate(Peek(1)) ? 2 : 1;
        Add(TokenKind.Bad, start);
        if (!_diagnostics.Accepts(start))
        {
            return;
        }

        var shown = Describe(_text.AsSpan(start, _position - start));
        _diagnostics.Error("PZR1001", new TextSpan(start, _position - start),
            $"Karakter {shown} tidak boleh ada di berkas aturan",
            $"The character {shown} does not belong in a rules file");
    }

    private static string Describe(char c) => c < ' ' || c == '\u007F' ? $"U+{(int)c:X4}" : c.ToString();

    private static string Describe(ReadOnlySpan<char> text)
    {
        if (Rune.DecodeFromUtf16(text, out var rune, out _) != System.Buffers.OperationStatus.Done)
        {
            // A lone surrogate: show the code unit, there is no character to show.
            return $"U+{(int)text[0]:X4}";
        }

        var code = $"U+{rune.Value:X4}";
        return Rune.IsControl(rune) || Rune.IsWhiteSpace(rune) ? code : $"'{rune}' ({code})";
    }
}
