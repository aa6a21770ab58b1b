using Perizinan.Engine.Evaluation;
using Perizinan.Engine.Tests.TestSupport;
using static Perizinan.Engine.Tests.TestSupport.TestPackage;

namespace Perizinan.Engine.Tests.Evaluation;

/// <summary>Computed values: a <c>set</c> may read what another <c>set</c> computes, in whatever order they are written.</summary>
public sealed class ComputedValueTests
{
    private static readonly TestField[] Fields =
    [
        TestField.Number("ukuran.panjang", label: "Panjang", example: 4),
        TestField.Number("ukuran.lebar", label: "Lebar", example: 3),
        TestField.Computed("hitung.luas"),
        TestField.Computed("hitung.luas_dua_sisi"),
        TestField.Computed("hitung.kategori", "string"),
    ];

    // Written last-first: the order of the file never matters.
    private const string Rules = """
        rule "Kategori"
        when hitung.luas_dua_sisi is not empty
        then set hitung.kategori = if hitung.luas_dua_sisi > 24 then "besar" else "kecil" end
        end

        rule "Dua sisi"
        then set hitung.luas_dua_sisi = hitung.luas * 2
        end

        rule "Luas"
        then set hitung.luas = ukuran.panjang * ukuran.lebar
        end
        """;

    private static readonly Lazy<CompiledForm> Form = new(() => Compile(Fields, Rules));

    [Fact]
    public void Evaluate_SetReadsSetReadsSet_WholeChainComputed()
    {
        var state = Form.Value.Evaluate("""{ "ukuran": { "panjang": 4, "lebar": 3.5 } }""");

        Assert.Equal(14m, state.Values["hitung.luas"]!.GetValue<decimal>());
        Assert.Equal(28m, state.Values["hitung.luas_dua_sisi"]!.GetValue<decimal>());
        Assert.Equal("besar", state.Values["hitung.kategori"]!.GetValue<string>());
    }

    [Fact]
    public void Update_InputChanges_WholeChainRecomputed()
    {
        var session = Form.Value.StartSession(Today);

        session.Update(Answers("""{ "ukuran": { "panjang": 4, "lebar": 3.5 } }"""));
        var smaller = session.Update(Answers("""{ "ukuran": { "panjang": 2, "lebar": 3 } }"""));

        Assert.Equal(6m, smaller.Values["hitung.luas"]!.GetValue<decimal>());
        Assert.Equal(12m, smaller.Values["hitung.luas_dua_sisi"]!.GetValue<decimal>());
        Assert.Equal("kecil", smaller.Values["hitung.kategori"]!.GetValue<string>());
    }

    [Fact]
    public void Update_InputRemoved_WholeChainEmptyAgain()
    {
        var session = Form.Value.StartSession(Today);

        session.Update(Answers("""{ "ukuran": { "panjang": 4, "lebar": 3.5 } }"""));
        var emptied = session.Update(Answers("""{ "ukuran": { "panjang": 4 } }"""));

        Assert.Empty(emptied.Values);
    }

    [Fact]
    public void Clean_ClientSendsComputedValues_ValuesFromRulesInstead()
    {
        var clean = Form.Value.Clean(Answers("""
            { "ukuran": { "panjang": 1, "lebar": 2 }, "hitung": { "luas": 999, "luas_dua_sisi": 999, "kategori": "besar" } }
            """), Today);

        Assert.Equal("""{"ukuran":{"panjang":1,"lebar":2},"hitung":{"luas":2,"luas_dua_sisi":4,"kategori":"kecil"}}""", clean.ToJsonString());
    }

    [Fact]
    public void Evaluate_DivisionByZero_ValueEmpty()
    {
        var form = Compile(
            [TestField.Number("a", example: 1), TestField.Number("b", example: 1), TestField.Computed("c")],
            """rule "Bagi" then set c = a / b end""");

        var state = form.Evaluate("""{ "a": 1, "b": 0 }""");

        Assert.DoesNotContain("c", state.Values.Keys);
        Assert.Empty(state.Errors);
    }
}
