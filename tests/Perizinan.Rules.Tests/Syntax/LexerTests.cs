using Perizinan.Rules.Syntax;
using static Perizinan.Rules.Tests.Syntax.SyntaxTestHelper;

namespace Perizinan.Rules.Tests.Syntax;

public sealed class LexerTests
{
    [Fact]
    public void Tokenize_EmptyText_OnlyEndOfFile()
    {
        var (tokens, diagnostics) = Lex(string.Empty);

        var token = Assert.Single(tokens);
        Assert.Equal(TokenKind.EndOfFile, token.Kind);
        Assert.Equal(new TextSpan(0, 0), token.Span);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Tokenize_EveryKeyword_KeywordKinds()
    {
        const string text = "rule when then end show require set fee check warn else function and or not in is empty true false if";

        var (tokens, diagnostics) = Lex(text);

        Assert.Empty(diagnostics);
        TokenKind[] expected =
        [
            TokenKind.Rule, TokenKind.When, TokenKind.Then, TokenKind.End, TokenKind.Show, TokenKind.Require,
            TokenKind.Set, TokenKind.Fee, TokenKind.Check, TokenKind.Warn, TokenKind.Else, TokenKind.Function,
            TokenKind.And, TokenKind.Or, TokenKind.Not, TokenKind.In, TokenKind.Is, TokenKind.Empty, TokenKind.True,
            TokenKind.False, TokenKind.If, TokenKind.EndOfFile,
        ];
        Assert.Equal(expected, tokens.Select(t => t.Kind));
    }

    [Theory]
    [InlineData("id")]
    [InlineData("en")]
    [InlineData("number")]
    [InlineData("text")]
    [InlineData("bool")]
    [InlineData("date")]
    [InlineData("list")]
    [InlineData("Rule")]
    [InlineData("END")]
    [InlineData("_tmp")]
    [InlineData("luas_2")]
    [InlineData("endx")]
    public void Tokenize_ContextualOrNonKeywordWord_Identifier(string word)
    {
        var (tokens, diagnostics) = Lex(word);

        Assert.Empty(diagnostics);
        Assert.Equal(TokenKind.Identifier, tokens[0].Kind);
        Assert.Equal(word, tokens[0].Text);
        Assert.Equal(new TextSpan(0, word.Length), tokens[0].Span);
    }

    [Fact]
    public void Tokenize_Operators_KindsAndSpans()
    {
        const string text = "= != < <= > >= + - * / % ( ) [ ] , : .";

        var (tokens, diagnostics) = Lex(text);

        Assert.Empty(diagnostics);
        TokenKind[] expected =
        [
            TokenKind.Equal, TokenKind.NotEqual, TokenKind.Less, TokenKind.LessOrEqual, TokenKind.Greater,
            TokenKind.GreaterOrEqual, TokenKind.Plus, TokenKind.Minus, TokenKind.Star, TokenKind.Slash,
            TokenKind.Percent, TokenKind.OpenParen, TokenKind.CloseParen, TokenKind.OpenBracket,
            TokenKind.CloseBracket, TokenKind.Comma, TokenKind.Colon, TokenKind.Dot, TokenKind.EndOfFile,
        ];
        Assert.Equal(expected, tokens.Select(t => t.Kind));
        Assert.All(tokens.Take(tokens.Count - 1), t => Assert.Equal(text.Substring(t.Span.Start, t.Span.Length), t.Text));
        Assert.Equal(new TextSpan(2, 2), tokens[1].Span);
    }

    [Fact]
    public void Tokenize_OperatorsWithoutSpaces_LongestMatch()
    {
        var (tokens, _) = Lex("a<=b>=c!=d<e");

        Assert.Equal(
            [TokenKind.Identifier, TokenKind.LessOrEqual, TokenKind.Identifier, TokenKind.GreaterOrEqual,
             TokenKind.Identifier, TokenKind.NotEqual, TokenKind.Identifier, TokenKind.Less, TokenKind.Identifier,
             TokenKind.EndOfFile],
            tokens.Select(t => t.Kind));
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("24", "24")]
    [InlineData("2.5", "2.5")]
    [InlineData("2.50", "2.50")]
    [InlineData("1_500_000", "1500000")]
    [InlineData("150000000", "150000000")]
    [InlineData("1_000.25", "1000.25")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    public void Tokenize_Number_DecimalValue(string text, string expected)
    {
        var (tokens, diagnostics) = Lex(text);

        Assert.Empty(diagnostics);
        Assert.Equal(TokenKind.Number, tokens[0].Kind);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), tokens[0].Value);
        Assert.Equal(expected, ((decimal)tokens[0].Value!).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new TextSpan(0, text.Length), tokens[0].Span);
    }

    [Theory]
    [InlineData("1__000")]
    [InlineData("1_")]
    [InlineData("1_.5")]
    [InlineData("12abc")]
    [InlineData("1.5_0")]
    [InlineData("79228162514264337593543950336")]
    public void Tokenize_BadNumber_Pzr1004AndOneNumberToken(string text)
    {
        var (tokens, diagnostics) = Lex(text);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("PZR1004", diagnostic.Code);
        Assert.Equal(0, diagnostic.Location.Offset);
        Assert.Equal(text.Length, diagnostic.Location.Length);
        Assert.Equal([TokenKind.Number, TokenKind.EndOfFile], tokens.Select(t => t.Kind));
    }

    [Fact]
    public void Tokenize_NumberFollowedByDotAndName_NumberThenDot()
    {
        var (tokens, diagnostics) = Lex("1.x");

        Assert.Empty(diagnostics);
        Assert.Equal([TokenKind.Number, TokenKind.Dot, TokenKind.Identifier, TokenKind.EndOfFile], tokens.Select(t => t.Kind));
    }

    [Theory]
    [InlineData("\"billboard\"", "billboard")]
    [InlineData("\"\"", "")]
    [InlineData("\"a \\\"b\\\" c\"", "a \"b\" c")]
    [InlineData("\"back\\\\slash\"", "back\\slash")]
    [InlineData("\"two\\nlines\"", "two\nlines")]
    [InlineData("\"Luas m² # bukan komentar\"", "Luas m² # bukan komentar")]
    public void Tokenize_String_UnescapedValue(string text, string expected)
    {
        var (tokens, diagnostics) = Lex(text);

        Assert.Empty(diagnostics);
        Assert.Equal(TokenKind.String, tokens[0].Kind);
        Assert.Equal(expected, tokens[0].Value);
        Assert.Equal(text, tokens[0].Text);
    }

    [Fact]
    public void Tokenize_UnterminatedString_Pzr1002AtOpeningQuoteAndNextLineLexed()
    {
        var (tokens, diagnostics) = Lex("x = \"abc\nshow");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("PZR1002", diagnostic.Code);
        Assert.Equal((1, 5), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Equal(
            [TokenKind.Identifier, TokenKind.Equal, TokenKind.String, TokenKind.Show, TokenKind.EndOfFile],
            tokens.Select(t => t.Kind));
        Assert.Equal("abc", tokens[2].Value);
        Assert.Equal(new TextSpan(4, 4), tokens[2].Span);
    }

    [Fact]
    public void Tokenize_UnterminatedStringAtEndOfFile_Pzr1002()
    {
        var (tokens, diagnostics) = Lex("\"abc\\");

        Assert.Equal("PZR1002", Assert.Single(diagnostics).Code);
        Assert.Equal(TokenKind.String, tokens[0].Kind);
        Assert.Equal(TokenKind.EndOfFile, tokens[1].Kind);
    }

    [Fact]
    public void Tokenize_BadEscape_Pzr1003AtBackslashAndStringContinues()
    {
        var (tokens, diagnostics) = Lex("\"a\\tb\" x");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("PZR1003", diagnostic.Code);
        Assert.Equal(2, diagnostic.Location.Offset);
        Assert.Equal(2, diagnostic.Location.Length);
        Assert.Equal("a\\tb", tokens[0].Value);
        Assert.Equal(TokenKind.Identifier, tokens[1].Kind);
    }

    [Fact]
    public void Tokenize_DoubleEquals_Pzr1003SuggestingSingleEqualAndOneEqualToken()
    {
        var (tokens, diagnostics) = Lex("a == 1");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("PZR1003", diagnostic.Code);
        Assert.Contains("'='", diagnostic.MessageEn, StringComparison.Ordinal);
        Assert.Contains("'='", diagnostic.MessageId, StringComparison.Ordinal);
        Assert.Equal(TokenKind.Equal, tokens[1].Kind);
        Assert.Equal(new TextSpan(2, 2), tokens[1].Span);
    }

    [Theory]
    [InlineData("@", 1)]
    [InlineData("!", 1)]
    [InlineData("é", 1)]
    [InlineData("😀", 2)]
    [InlineData("\u00A0", 1)]
    public void Tokenize_UnknownCharacter_Pzr1001AndBadToken(string text, int length)
    {
        var (tokens, diagnostics) = Lex(text);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("PZR1001", diagnostic.Code);
        Assert.Equal(length, diagnostic.Location.Length);
        Assert.Equal(TokenKind.Bad, tokens[0].Kind);
        Assert.Equal(new TextSpan(0, length), tokens[0].Span);
    }

    [Fact]
    public void Tokenize_LoneSurrogate_Pzr1001ShowingCodeUnit()
    {
        var (tokens, diagnostics) = Lex("a\uD800b");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("PZR1001", diagnostic.Code);
        Assert.Contains("U+D800", diagnostic.MessageEn, StringComparison.Ordinal);
        Assert.Equal([TokenKind.Identifier, TokenKind.Bad, TokenKind.Identifier, TokenKind.EndOfFile], tokens.Select(t => t.Kind));
    }

    [Fact]
    public void Tokenize_NonAsciiLetterInName_NameStopsAndBadCharacter()
    {
        var (tokens, diagnostics) = Lex("luasé");

        Assert.Equal("PZR1001", Assert.Single(diagnostics).Code);
        Assert.Equal([TokenKind.Identifier, TokenKind.Bad, TokenKind.EndOfFile], tokens.Select(t => t.Kind));
    }

    [Fact]
    public void Tokenize_Comments_Skipped()
    {
        var (tokens, diagnostics) = Lex("# komentar \"tidak ditutup\nshow a # lagi\n#akhir");

        Assert.Empty(diagnostics);
        Assert.Equal([TokenKind.Show, TokenKind.Identifier, TokenKind.EndOfFile], tokens.Select(t => t.Kind));
    }

    [Fact]
    public void Tokenize_CrLfLines_LocationsUseLinesAndColumns()
    {
        var (_, diagnostics) = Lex("a\r\n  @");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((2, 3), (diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void Tokenize_PathWithRows_TokensInOrder()
    {
        var (tokens, _) = Lex("papan[].luas");

        Assert.Equal(
            [TokenKind.Identifier, TokenKind.OpenBracket, TokenKind.CloseBracket, TokenKind.Dot, TokenKind.Identifier, TokenKind.EndOfFile],
            tokens.Select(t => t.Kind));
        Assert.Equal(new TextSpan(8, 4), tokens[4].Span);
    }

    [Fact]
    public void Tokenize_AnyText_EndsWithEndOfFileAtTextLength()
    {
        const string text = "rule \"x\" when a then show b end @ \"";

        var (tokens, _) = Lex(text);

        Assert.Equal(TokenKind.EndOfFile, tokens[^1].Kind);
        Assert.Equal(text.Length, tokens[^1].Span.Start);
    }
}
