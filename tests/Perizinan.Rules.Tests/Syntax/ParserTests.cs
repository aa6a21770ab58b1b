using Perizinan.Rules.Model;
using Perizinan.Rules.Syntax;
using Perizinan.Rules.Syntax.Tree;
using static Perizinan.Rules.Tests.Syntax.SyntaxTestHelper;

namespace Perizinan.Rules.Tests.Syntax;

public sealed class ParserTests
{
    [Theory]
    [InlineData("a or b or c", "(or (or a b) c)")]
    [InlineData("a and b or c and d", "(or (and a b) (and c d))")]
    [InlineData("a or b and c", "(or a (and b c))")]
    [InlineData("not a and b", "(and (not a) b)")]
    [InlineData("not not a", "(not (not a))")]
    [InlineData("not a > 5", "(not (> a 5))")]
    [InlineData("a = 1 and b != 2", "(and (= a 1) (!= b 2))")]
    [InlineData("a < b", "(< a b)")]
    [InlineData("a <= b", "(<= a b)")]
    [InlineData("a > b", "(> a b)")]
    [InlineData("a >= b", "(>= a b)")]
    [InlineData("1 + 2 * 3", "(+ 1 (* 2 3))")]
    [InlineData("1 - 2 - 3", "(- (- 1 2) 3)")]
    [InlineData("1 - (2 - 3)", "(- 1 (- 2 3))")]
    [InlineData("a * b / c % d", "(% (/ (* a b) c) d)")]
    [InlineData("(a + b) * c", "(* (+ a b) c)")]
    [InlineData("-5", "(neg 5)")]
    [InlineData("- -x", "(neg (neg x))")]
    [InlineData("-a * b", "(* (neg a) b)")]
    [InlineData("a + b > c * 2", "(> (+ a b) (* c 2))")]
    [InlineData("x in [\"a\", \"b\"]", "(in x [\"a\" \"b\"])")]
    [InlineData("x not in []", "(not-in x [])")]
    [InlineData("\"spbu\" in usaha.jenis", "(in \"spbu\" usaha.jenis)")]
    [InlineData("x + 1 in [1, 2]", "(in (+ x 1) [1 2])")]
    [InlineData("x is empty", "(is-empty x)")]
    [InlineData("x is not empty and y", "(and (is-not-empty x) y)")]
    [InlineData("x = empty", "(= x empty)")]
    [InlineData("true or false", "(or true false)")]
    [InlineData("round(x, 0)", "(call round x 0)")]
    [InlineData("today()", "(call today)")]
    [InlineData("sum(papan[].luas * papan[].sisi)", "(call sum (* papan[].luas papan[].sisi))")]
    [InlineData("if a = 2 then 1.5 else 1 end", "(if (= a 2) 1.5 1)")]
    [InlineData("if a then if b then 1 else 2 end else 3 end", "(if a (if b 1 2) 3)")]
    [InlineData("data.end", "data.end")]
    [InlineData("data.rule.if.not", "data.rule.if.not")]
    [InlineData("papan [ ] . luas", "papan[].luas")]
    [InlineData("id + en + number + text", "(+ (+ (+ id en) number) text)")]
    [InlineData("((((a))))", "a")]
    [InlineData("1_500_000 * 0.25", "(* 1500000 0.25)")]
    public void ParseExpression_ValidText_ExpectedTree(string text, string expected) =>
        Assert.Equal(expected, DumpValid(text));

    [Fact]
    public void ParseExpression_Parenthesised_InnerNodeWithItsOwnSpan()
    {
        var (expression, _) = ParseExpression("( a + b )");

        var binary = Assert.IsType<BinarySyntax>(expression);
        Assert.Equal(new TextSpan(2, 5), binary.Span);
    }

    [Fact]
    public void ParseExpression_Spans_CoverTheirText()
    {
        var (expression, _) = ParseExpression("not papan[].luas > round(x, 2)");

        var not = Assert.IsType<UnarySyntax>(expression);
        Assert.Equal(new TextSpan(0, 30), not.Span);
        var comparison = Assert.IsType<BinarySyntax>(not.Operand);
        Assert.Equal(new TextSpan(4, 26), comparison.Span);
        var path = Assert.IsType<PathSyntax>(comparison.Left);
        Assert.Equal(new TextSpan(4, 12), path.Span);
        var call = Assert.IsType<CallSyntax>(comparison.Right);
        Assert.Equal(new TextSpan(19, 11), call.Span);
        Assert.Equal(new TextSpan(19, 5), call.NameSpan);
    }

    [Fact]
    public void ParseExpression_NumberLiteral_DecimalValue()
    {
        var (expression, _) = ParseExpression("2.5");

        var literal = Assert.IsType<LiteralSyntax>(expression);
        Assert.Equal(Value.Number(2.5m), literal.Value);
    }

    [Fact]
    public void Parse_FullRule_Shape()
    {
        const string text = """
            rule "Gambar konstruksi"
            when reklame.luas > 24 or reklame.jenis = "billboard"
            then
              show dokumen.gambar
              require dokumen.gambar
              set reklame.pajak = reklame.luas * 1_000
              fee retribusi_reklame = 150000
            end
            """;

        var (file, diagnostics) = ParseFile(text);

        Assert.Empty(diagnostics);
        var rule = Assert.IsType<RuleSyntax>(Assert.Single(file.Items));
        Assert.Equal("Gambar konstruksi", rule.Name);
        Assert.Equal(new TextSpan(5, 19), rule.NameSpan);
        Assert.Equal(new TextSpan(0, text.Length), rule.Span);
        Assert.Equal(
            "(rule \"Gambar konstruksi\" (or (> reklame.luas 24) (= reklame.jenis \"billboard\")) (show dokumen.gambar) "
            + "(require dokumen.gambar) (set reklame.pajak (* reklame.luas 1000)) (fee retribusi_reklame 150000))",
            SyntaxDump.Dump(file));
        var fee = Assert.IsType<FeeEffectSyntax>(rule.Effects[3]);
        Assert.Equal("retribusi_reklame", fee.FeeId);
        Assert.Equal("fee retribusi_reklame = 150000", text.Substring(fee.Span.Start, fee.Span.Length));
    }

    [Fact]
    public void Parse_RuleWithoutWhen_NullCondition()
    {
        var (file, diagnostics) = ParseFile("rule \"Selalu\" then show a end");

        Assert.Empty(diagnostics);
        Assert.Null(Assert.IsType<RuleSyntax>(Assert.Single(file.Items)).Condition);
    }

    [Fact]
    public void Parse_CheckAndWarn_Shape()
    {
        const string text = """
            check pemohon.nik: nik_valid(pemohon.nik)
              else id "NIK salah" en "Bad NIK"
            warn papan[].luas: papan[].luas <= 200 else id "Terlalu luas" en "Too large"
            """;

        var (file, diagnostics) = ParseFile(text);

        Assert.Empty(diagnostics);
        Assert.Equal(
            "(check pemohon.nik (call nik_valid pemohon.nik) \"NIK salah\" \"Bad NIK\")\n"
            + "(warn papan[].luas (<= papan[].luas 200) \"Terlalu luas\" \"Too large\")",
            SyntaxDump.Dump(file));
        var check = Assert.IsType<CheckSyntax>(file.Items[0]);
        Assert.False(check.IsWarning);
        Assert.Equal(new TextSpan(6, 11), check.Subject.Span);
        Assert.True(Assert.IsType<CheckSyntax>(file.Items[1]).IsWarning);
    }

    [Fact]
    public void Parse_FunctionDeclaration_Shape()
    {
        var (file, diagnostics) = ParseFile("function tarif_nsr(kelas_jalan: text, n: number, b: bool, d: date, l: list): number\nfunction f(): bool");

        Assert.Empty(diagnostics);
        Assert.Equal(
            "(function tarif_nsr (kelas_jalan Text) (n Number) (b Bool) (d Date) (l List) -> Number)\n(function f -> Bool)",
            SyntaxDump.Dump(file));
        var function = Assert.IsType<FunctionDeclarationSyntax>(file.Items[0]);
        Assert.Equal(new TextSpan(9, 9), function.NameSpan);
        Assert.Equal(new TextSpan(19, 17), function.Parameters[0].Span);
    }

    [Fact]
    public void Parse_MissingThen_ReportsExpectedThenAtOffendingToken()
    {
        var (_, diagnostics) = ParseFile("rule \"x\"\nwhen a > 1\n  show b\nend", "case.pzr");

        Assert.Equal(["case.pzr(3,3): error PZR1003: Expected 'then' but found 'show'"], Format(diagnostics));
        Assert.Equal("Diharapkan 'then', tetapi ditemukan 'show'", diagnostics[0].MessageId);
    }

    [Fact]
    public void Parse_MissingOperand_MissingSyntaxAndParsingGoesOn()
    {
        var (file, diagnostics) = ParseFile("rule \"x\" when a > then show b end\nrule \"y\" then show c end");

        Assert.Equal(["test.pzr(1,19): error PZR1003: Expected an expression but found 'then'"], Format(diagnostics));
        Assert.Equal("(rule \"x\" (> a <missing>) (show b))\n(rule \"y\" <always> (show c))", SyntaxDump.Dump(file));
    }

    [Fact]
    public void Parse_ChainedComparison_Pzr1003AtSecondOperator()
    {
        var (expression, diagnostics) = ParseExpression("a < b < c");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("PZR1003", diagnostic.Code);
        Assert.Equal(6, diagnostic.Location.Offset);
        Assert.Equal("(< (< a b) c)", SyntaxDump.Dump(expression));
    }

    [Fact]
    public void Parse_DeeplyNestedParentheses_Pzr1006WithoutStackOverflow()
    {
        var text = "rule \"x\" when " + new string('(', 100_000) + "a" + new string(')', 100_000) + " then show b end";

        var (file, diagnostics) = ParseFile(text);

        Assert.Equal("PZR1006", Assert.Single(diagnostics).Code);
        Assert.IsType<RuleSyntax>(Assert.Single(file.Items));
    }

    [Fact]
    public void Parse_LongNotChain_Pzr1006WithoutStackOverflow()
    {
        var text = "rule \"x\" when " + string.Concat(Enumerable.Repeat("not ", 100_000)) + "a then show b end";

        var (file, diagnostics) = ParseFile(text);

        Assert.Equal("PZR1006", Assert.Single(diagnostics).Code);
        Assert.Single(Assert.IsType<RuleSyntax>(Assert.Single(file.Items)).Effects);
    }

    [Fact]
    public void Parse_LongFlatChain_TreeHeightBoundedAndPrintable()
    {
        var text = "rule \"x\" then set a = 1" + string.Concat(Enumerable.Repeat(" + 1", 100_000)) + " end";

        var (file, diagnostics) = ParseFile(text);

        Assert.Equal("PZR1006", Assert.Single(diagnostics).Code);
        Assert.NotEmpty(Printer.Print(file));
    }

    [Fact]
    public void Parse_ChainWithinLimit_NoDiagnostic()
    {
        var text = "rule \"x\" then set a = 1" + string.Concat(Enumerable.Repeat(" + 1", Parser.MaxDepth - 1)) + " end";

        var (_, diagnostics) = ParseFile(text);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Parse_ManyErrors_CappedAt200PlusPzr1005()
    {
        var text = string.Concat(Enumerable.Repeat("rule then end\n", 500));

        var (_, diagnostics) = ParseFile(text);

        Assert.Equal(201, diagnostics.Count);
        Assert.Equal("PZR1005", diagnostics[^1].Code);
    }

    [Fact]
    public void Parse_BadCharacters_SkippedByParser()
    {
        var (file, diagnostics) = ParseFile("rule \"x\" when a @ > 1 then show b end");

        Assert.Equal(["test.pzr(1,17): error PZR1001: The character '@' (U+0040) does not belong in a rules file"], Format(diagnostics));
        Assert.Equal("(rule \"x\" (> a 1) (show b))", SyntaxDump.Dump(file));
    }
}
