using Perizinan.Rules.Model;
using Perizinan.Rules.Syntax;
using Perizinan.Rules.Syntax.Tree;
using static Perizinan.Rules.Tests.Syntax.SyntaxTestHelper;

namespace Perizinan.Rules.Tests.Syntax;

public sealed class PrinterTests
{
    [Theory]
    [InlineData("a - (b - c)", "a - (b - c)")]
    [InlineData("(a - b) - c", "a - b - c")]
    [InlineData("a / (b * c)", "a / (b * c)")]
    [InlineData("(a + b) * (c % d)", "(a + b) * (c % d)")]
    [InlineData("a + (b * c)", "a + b * c")]
    [InlineData("a or (b or c)", "a or (b or c)")]
    [InlineData("(a or b) or c", "a or b or c")]
    [InlineData("(a or b) and c", "(a or b) and c")]
    [InlineData("a and (b and c)", "a and (b and c)")]
    [InlineData("a and (not b)", "a and not b")]
    [InlineData("not (a and b)", "not (a and b)")]
    [InlineData("not (a > 1)", "not a > 1")]
    [InlineData("(not a) = b", "(not a) = b")]
    [InlineData("(a < b) < c", "(a < b) < c")]
    [InlineData("a = (b = c)", "a = (b = c)")]
    [InlineData("(a in [1]) = true", "(a in [1]) = true")]
    [InlineData("(x is empty) is not empty", "(x is empty) is not empty")]
    [InlineData("(a + 1) in [1, 2]", "a + 1 in [1, 2]")]
    [InlineData("x not in (a or b)", "x not in (a or b)")]
    [InlineData("-(a + b)", "-(a + b)")]
    [InlineData("- (-a)", "--a")]
    [InlineData("a - (-5)", "a - -5")]
    [InlineData("-a * b", "-a * b")]
    [InlineData("-(a * b)", "-(a * b)")]
    [InlineData("-(not a)", "-(not a)")]
    [InlineData("if (a or b) then (1 + 2) else (f((x), [(y)])) end", "if a or b then 1 + 2 else f(x, [y]) end")]
    [InlineData("(if a then 1 else 2 end) * 3", "if a then 1 else 2 end * 3")]
    [InlineData("1_500_000 + 2.50 + 0.0", "1500000 + 2.50 + 0.0")]
    [InlineData("\"tanda \\\"kutip\\\" \\\\ dan\\nbaris\"", "\"tanda \\\"kutip\\\" \\\\ dan\\nbaris\"")]
    [InlineData("x = empty or y = true and z != false", "x = empty or y = true and z != false")]
    [InlineData("data.end + papan [] . luas", "data.end + papan[].luas")]
    [InlineData("today()", "today()")]
    public void Print_ParsedExpression_MinimalParentheses(string text, string expected)
    {
        var (expression, diagnostics) = ParseExpression(text);
        Assert.Empty(diagnostics);

        Assert.Equal(expected, Printer.Print(expression));
    }

    [Fact]
    public void Print_File_CanonicalLayout()
    {
        const string text = """
            # comments are not kept
            function  tarif(kelas : text,jenis:text) : number
            rule "Gambar" when reklame.luas>24 then show dokumen.gambar require dokumen.gambar
              set hitung.x=1 fee retribusi=2 end
            rule "Selalu" then show a end
            check pemohon.nik : nik_valid( pemohon.nik ) else id "NIK \"salah\"" en "Bad NIK"
            warn a: a > 1 else id "x" en "y"
            """;
        var (file, diagnostics) = ParseFile(text);
        Assert.Empty(diagnostics);

        var printed = Printer.Print(file);

        const string expected = """
            function tarif(kelas: text, jenis: text): number

            rule "Gambar"
            when reklame.luas > 24
            then
              show dokumen.gambar
              require dokumen.gambar
              set hitung.x = 1
              fee retribusi = 2
            end

            rule "Selalu"
            then
              show a
            end

            check pemohon.nik: nik_valid(pemohon.nik)
              else id "NIK \"salah\"" en "Bad NIK"

            warn a: a > 1
              else id "x" en "y"

            """;
        Assert.Equal(expected, printed);
    }

    [Fact]
    public void Print_EmptyFile_EmptyText() =>
        Assert.Equal(string.Empty, Printer.Print(new RulesFileSyntax([], default)));

    [Fact]
    public void Print_HandBuiltTreeNeedingParentheses_ParsesBackToSameTree()
    {
        // or(and(a, or(b, c)), not(=(x, <(y, z))))
        var tree = new BinarySyntax(
            BinaryOperator.Or,
            new BinarySyntax(BinaryOperator.And, Path("a"), new BinarySyntax(BinaryOperator.Or, Path("b"), Path("c"), default), default),
            new UnarySyntax(
                UnaryOperator.Not,
                new BinarySyntax(BinaryOperator.Equal, Path("x"), new BinarySyntax(BinaryOperator.Less, Path("y"), Path("z"), default), default),
                default),
            default);

        var printed = Printer.Print(tree);

        Assert.Equal("a and (b or c) or not x = (y < z)", printed);
        Assert.Equal(SyntaxDump.Dump(tree), DumpValid(printed));
    }

    [Fact]
    public void Print_MissingSyntax_Marker()
    {
        var (expression, _) = ParseExpression("a +");

        Assert.Equal("a + <?>", Printer.Print(expression));
    }

    [Fact]
    public void Print_NumberLiteral_InvariantWithoutExponent()
    {
        var literal = new LiteralSyntax(Value.Number(0.0000001m), default);

        Assert.Equal("0.0000001", Printer.Print(literal));
    }

    private static PathSyntax Path(string path) => new(path, default);
}
