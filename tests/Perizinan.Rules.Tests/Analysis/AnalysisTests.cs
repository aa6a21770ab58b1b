using Perizinan.Rules.Analysis;
using Perizinan.Rules.Tests.Binding;

namespace Perizinan.Rules.Tests.Analysis;

/// <summary>Analysis behaviour that the data-driven cases do not show well.</summary>
public sealed class AnalysisTests
{
    private static readonly TestCatalog Computed = TestCatalog.Load(Path.Combine(RulesTestSupport.CasesDirectory, "computed.json"));

    [Fact]
    public void Prefixes_RowPath_PathThenEnclosingGroupsWithoutRowMarker()
    {
        Assert.Equal(new[] { "a.b[].c", "a.b", "a" }, DependencyAnalyzer.Prefixes("a.b[].c").ToArray());
        Assert.Equal(new[] { "papan[].luas", "papan" }, DependencyAnalyzer.Prefixes("papan[].luas").ToArray());
        Assert.Equal(new[] { "reklame" }, DependencyAnalyzer.Prefixes("reklame").ToArray());
    }

    [Fact]
    public void Compile_CheckThatCanNeverPass_NotReportedAsNeverTrue()
    {
        var (program, diagnostics) = RulesTestSupport.Compile(
            "check reklame.luas: false\n  else id \"x\" en \"x\"\n\nwarn reklame.sisi: reklame.sisi > 10 and reklame.sisi < 5\n  else id \"y\" en \"y\"\n",
            RulesTestSupport.SharedCatalog);

        Assert.Empty(diagnostics);
        Assert.NotNull(program);
    }

    [Fact]
    public void Compile_CycleThroughThreeRules_ReportedOnceWithTheWholeChain()
    {
        var (_, diagnostics) = RulesTestSupport.Compile("""
            rule "A"
            then
              set hasil.nsr = hasil.luas_total + 1
            end

            rule "B"
            then
              set hasil.luas_total = if hasil.kategori = "besar" then 30 else 10 end
            end

            rule "C"
            when hasil.nsr > 5
            then
              set hasil.kategori = "besar"
            end

            rule "D"
            then
              set papan[].pajak = papan[].luas
            end
            """, Computed);

        var cycle = Assert.Single(diagnostics);
        Assert.Equal("PZR3001", cycle.Code);
        Assert.Contains("hasil.nsr → hasil.luas_total → hasil.kategori → hasil.nsr", cycle.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_TwoSeparateCycles_EachReported()
    {
        var (_, diagnostics) = RulesTestSupport.Compile("""
            rule "NSR"
            then
              set hasil.nsr = hasil.nsr + 1
            end

            rule "Total"
            then
              set hasil.luas_total = hasil.luas_total * 2
            end

            rule "Kategori"
            then
              set hasil.kategori = "kecil"
            end

            rule "Pajak"
            then
              set papan[].pajak = 1
            end
            """, Computed);

        Assert.Equal(new[] { "PZR3001", "PZR3001" }, diagnostics.Select(d => d.Code).ToArray());
        Assert.Equal(new[] { 1, 6 }, diagnostics.Select(d => d.Location.Line).Order().ToArray());
    }

    [Fact]
    public void Compile_BinderError_NoAnalysisReported()
    {
        // The computed fields are never set (PZR3005) and the condition never holds (PZR3002), but a binder error
        // stops the compilation before the analysis.
        var (program, diagnostics) = RulesTestSupport.Compile(
            "rule \"r\"\nwhen false\nthen\n  show reklame.lua\nend\n", Computed);

        Assert.Null(program);
        Assert.Equal("PZR2001", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Compile_OnlyWarnings_ProgramBuilt()
    {
        var (program, diagnostics) = RulesTestSupport.Compile("rule \"r\"\nwhen reklame.luas > 1\nthen\n  show dokumen.surat_kuasa\nend\n", Computed);

        Assert.NotNull(program);
        Assert.Equal(4, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal("PZR3005", d.Code));
        Assert.All(diagnostics, d => Assert.False(d.IsError));
    }
}
