using Perizinan.Engine.Evaluation;
using Perizinan.Engine.Tests.TestSupport;
using static Perizinan.Engine.Tests.TestSupport.TestPackage;

namespace Perizinan.Engine.Tests.Evaluation;

/// <summary>Fees: one line per rule outside groups, one line per row in a per-row rule, the total their sum; package functions.</summary>
public sealed class FeeTests
{
    private static readonly TestField[] Fields =
    [
        TestField.Choice("lokasi.kelas", ["A", "B", "C"], label: "Kelas jalan", example: "A"),
        TestField.Repeat("papan", label: "Papan", maxItems: 10),
        TestField.Number("papan[].luas", label: "Luas", example: 12, minimum: 0),
        TestField.Flag("papan[].bercahaya", label: "Bercahaya"),
    ];

    private const string Rules = """
        function tarif(kelas: text): number

        rule "Biaya administrasi"
        then fee administrasi = 50_000
        end

        rule "Pajak per papan"
        when papan[].luas > 0
        then fee pajak = papan[].luas * tarif(lokasi.kelas)
        end

        rule "Tambahan papan bercahaya"
        when papan[].bercahaya
        then fee pajak = 10_000
        end
        """;

    private const string Functions = """
        // Tarif pajak per m² menurut kelas jalan.
        function tarif(kelas) {
          const table = { "A": 150000, "B": 100000, "C": 50000 };
          return table[kelas] ?? 0;
        }
        """;

    private static readonly Lazy<CompiledForm> Form = new(() => Compile(Fields, Rules, ["pajak", "administrasi"], Functions));

    [Fact]
    public void Evaluate_PerRowFee_OneLinePerRowAndTotalIsTheSum()
    {
        var state = Form.Value.Evaluate("""
            { "lokasi": { "kelas": "B" }, "papan": [ { "luas": 2 }, { "luas": 0 }, { "luas": 3.5, "bercahaya": true } ] }
            """);

        var lines = state.Fees.Select(f => (f.Id, f.Row, f.Amount)).ToList();
        (string, int?, decimal)[] expected = [("pajak", 0, 200_000m), ("pajak", 2, 350_000m), ("pajak", 2, 10_000m), ("administrasi", null, 50_000m)];
        Assert.Equal(expected, lines);
        Assert.Equal(610_000m, state.Total);
        Assert.All(state.Fees, f => Assert.Equal("retribusi", f.Kind));
        Assert.Equal("Levy pajak", state.Fees[0].Label.En);
    }

    [Fact]
    public void Evaluate_PackageFunctionInFee_UsesTheTariffTable()
    {
        var a = Form.Value.Evaluate("""{ "lokasi": { "kelas": "A" }, "papan": [ { "luas": 1 } ] }""");
        var c = Form.Value.Evaluate("""{ "lokasi": { "kelas": "C" }, "papan": [ { "luas": 1 } ] }""");

        Assert.Equal(150_000m, a.Fees.Single(f => f.Id == "pajak").Amount);
        Assert.Equal(50_000m, c.Fees.Single(f => f.Id == "pajak").Amount);
        Assert.Empty(a.Problems);
    }

    [Fact]
    public void Update_ConditionStopsHolding_FeeLineDisappears()
    {
        var session = Form.Value.StartSession(Today);

        var with = session.Update(Answers("""{ "lokasi": { "kelas": "A" }, "papan": [ { "luas": 1, "bercahaya": true } ] }"""));
        var without = session.Update(Answers("""{ "lokasi": { "kelas": "A" }, "papan": [ { "luas": 1, "bercahaya": false } ] }"""));
        var noRows = session.Update(Answers("""{ "lokasi": { "kelas": "A" } }"""));

        Assert.Equal(210_000m, with.Total);
        Assert.Equal(200_000m, without.Total);
        Assert.Equal(50_000m, noRows.Total);
        Assert.Equal(["administrasi"], noRows.Fees.Select(f => f.Id));
    }

    [Fact]
    public void Evaluate_PackageFunctionNeverReturns_StoppedFeeDroppedAndProblemReported()
    {
        var form = Compile(
            [TestField.Number("luas", label: "Luas", example: 1)],
            """
            function lambat(x: number): number
            rule "Biaya" then fee biaya = lambat(luas) end
            """,
            ["biaya"],
            "function lambat(x) { while (true) { } return x; }");

        var state = form.Evaluate("""{ "luas": 3 }""");

        Assert.Empty(state.Fees);
        Assert.Equal(0m, state.Total);
        Assert.NotEmpty(state.Problems);
        Assert.True(state.Complete);
    }

    [Fact]
    public void Evaluate_PackageFunctionThrows_FeeDroppedAndProblemReported()
    {
        var form = Compile(
            [TestField.Number("luas", label: "Luas", example: 1)],
            """
            function rusak(x: number): number
            rule "Biaya" then fee biaya = rusak(luas) end
            """,
            ["biaya"],
            "function rusak(x) { throw new Error('rusak'); }");

        var state = form.Evaluate("""{ "luas": 3 }""");

        Assert.Empty(state.Fees);
        Assert.NotEmpty(state.Problems);
    }

    /// <summary>
    /// Regression (found by <c>Evaluate_RulesShuffled_SameState</c>): decimal addition rounds at 28 digits, so a total
    /// with a repeating fraction depended on the order of the rules in the file.
    /// </summary>
    [Fact]
    public void Evaluate_FractionalFeesInAnyRuleOrder_SameTotal()
    {
        string[] rules =
        [
            """rule "A" then fee biaya_b = 120 end""",
            """rule "B" then fee biaya_c = 0 - 219 end""",
            """rule "C" then fee biaya_c = 116 / 3 / 3 end""",
            """rule "D" then fee biaya_c = 84 end""",
        ];
        TestField[] fields = [TestField.Number("luas", label: "Luas", example: 1)];

        var totals = Permutations(rules)
            .Select(order => Compile(fields, string.Join("\n", order), ["biaya_b", "biaya_c"]).Evaluate("{}"))
            .Select(state => (state.Fees.Count, state.Total))
            .Distinct()
            .ToList();

        var single = Assert.Single(totals);
        Assert.Equal(4, single.Count);
        Assert.Equal(-2.1111m, decimal.Round(single.Total, 4));
    }

    private static IEnumerable<string[]> Permutations(string[] items) => items.Length <= 1
        ? [items]
        : items.SelectMany((item, i) => Permutations([.. items[..i], .. items[(i + 1)..]]).Select(rest => (string[])[item, .. rest]));
}
