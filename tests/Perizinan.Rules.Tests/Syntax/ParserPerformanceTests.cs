using System.Diagnostics;
using System.Globalization;
using System.Text;
using static Perizinan.Rules.Tests.Syntax.SyntaxTestHelper;

namespace Perizinan.Rules.Tests.Syntax;

[Collection(TimingCollection.Name)]
public sealed class ParserPerformanceTests
{
    [Fact]
    public void Parse_ManyRules_TimeGrowsLinearly()
    {
        var small = RulesText(250);
        var large = RulesText(4000);
        BestParseTime(small, 2); // warm up (JIT)

        var smallTime = BestParseTime(small, 7);
        var largeTime = BestParseTime(large, 3);

        // Sixteen times the rules should take about sixteen times as long; quadratic behaviour would take 256 times.
        // The budget (2,000 rules well under 100 ms) is checked on a quiet machine with the benchmarks; the absolute
        // bound here leaves room for a heavily loaded build agent and only catches gross regressions.
        Assert.True(
            largeTime < smallTime * 64,
            $"250 rules: {smallTime.TotalMilliseconds} ms; 4,000 rules: {largeTime.TotalMilliseconds} ms.");
        Assert.True(largeTime < TimeSpan.FromSeconds(10), $"Parsing 4,000 rules took {largeTime.TotalMilliseconds} ms.");
    }

    private static TimeSpan BestParseTime(string text, int runs)
    {
        var best = TimeSpan.MaxValue;
        for (var run = 0; run < runs; run++)
        {
            var watch = Stopwatch.StartNew();
            var (file, diagnostics) = ParseFile(text);
            watch.Stop();
            Assert.Empty(diagnostics);
            Assert.NotEmpty(file.Items);
            best = watch.Elapsed < best ? watch.Elapsed : best;
        }

        return best;
    }

    private static string RulesText(int count)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"""
                # rule {i}
                rule "Aturan {i}"
                when reklame.luas > {i} and reklame.jenis in ["billboard", "neon"] or not (papan[].sisi is empty)
                then
                  show dokumen.gambar_{i}
                  set hitung.nilai_{i} = if reklame.sisi = 2 then 1.5 else 1 end * round(reklame.luas * 1_000, 0)
                  fee retribusi_{i} = sum(papan[].luas) * 25_000
                end

                """);
        }

        return builder.ToString();
    }
}
