using Perizinan.Engine.Evaluation;
using Perizinan.Engine.Tests.TestSupport;
using static Perizinan.Engine.Tests.TestSupport.TestPackage;

namespace Perizinan.Engine.Tests.Evaluation;

/// <summary>Repeating groups: per-row rules apply their effects to their own row; aggregates read every row.</summary>
public sealed class RepeatTests
{
    private static readonly TestField[] Fields =
    [
        TestField.Flag("pakai_papan", label: "Memasang papan"),
        TestField.Repeat("papan", label: "Papan reklame", maxItems: 20),
        TestField.Number("papan[].luas", label: "Luas papan", example: 12, minimum: 0),
        TestField.Choice("papan[].jenis", ["billboard", "spanduk"], label: "Jenis papan", example: "billboard"),
        TestField.Text("papan[].gambar", label: "Gambar konstruksi", example: "lampiran-1"),
        TestField.Computed("jumlah"),
        TestField.Computed("total_luas"),
        TestField.Computed("ada_besar", "boolean"),
        TestField.Computed("semua_kecil", "boolean"),
        TestField.Computed("jumlah_billboard"),
    ];

    private const string Rules = """
        rule "Papan" when pakai_papan then show papan end

        rule "Papan besar butuh gambar"
        when papan[].luas > 24
        then
          show papan[].gambar
          require papan[].gambar
        end

        rule "Ringkasan"
        then
          set jumlah = count(papan)
          set total_luas = sum(papan[].luas)
          set ada_besar = any(papan[].luas > 24)
          set semua_kecil = all(papan[].luas <= 24)
          set jumlah_billboard = sum(if papan[].jenis = "billboard" then 1 else 0 end)
        end

        check papan[].luas: papan[].luas <= 200
          else id "Luas satu papan paling besar 200 m²" en "One board may be at most 200 m²"
        """;

    private static readonly Lazy<CompiledForm> Form = new(() => Compile(Fields, Rules));

    [Fact]
    public void Evaluate_PerRowShowRequire_EffectsOnlyInTheRowsWhoseConditionHolds()
    {
        var state = Form.Value.Evaluate("""
            { "pakai_papan": true, "papan": [
              { "luas": 10, "jenis": "spanduk", "gambar": "tersembunyi" },
              { "luas": 30, "jenis": "billboard" },
              { "luas": 25, "jenis": "billboard", "gambar": "lampiran-3" } ] }
            """);

        Assert.DoesNotContain("papan[0].gambar", state.Visible);
        Assert.Contains("papan[1].gambar", state.Visible);
        Assert.Contains("papan[2].gambar", state.Visible);
        Assert.DoesNotContain("papan[0].gambar", state.Required);
        Assert.Contains("papan[1].gambar", state.Required);
        Assert.Contains("papan[2].gambar", state.Required);
        Assert.Equal(["papan[1].gambar"], state.Errors.Select(e => e.Path));
        Assert.Equal("required", state.Errors[0].Code);
    }

    [Fact]
    public void Clean_PerRowHiddenAnswer_DroppedFromItsRowOnly()
    {
        var clean = Form.Value.Clean(Answers("""
            { "pakai_papan": true, "papan": [ { "luas": 10, "gambar": "a" }, { "luas": 30, "gambar": "b" } ] }
            """), Today);

        Assert.Null(clean["papan"]![0]!["gambar"]);
        Assert.Equal("b", clean["papan"]![1]!["gambar"]!.GetValue<string>());
    }

    [Fact]
    public void Evaluate_Aggregates_CountSumAnyAllOverRows()
    {
        var state = Form.Value.Evaluate("""
            { "pakai_papan": true, "papan": [
              { "luas": 10, "jenis": "billboard" }, { "jenis": "spanduk" }, { "luas": 30.5, "jenis": "billboard", "gambar": "g" } ] }
            """);

        Assert.Equal(3m, state.Values["jumlah"]!.GetValue<decimal>());
        Assert.Equal(40.5m, state.Values["total_luas"]!.GetValue<decimal>());
        Assert.True(state.Values["ada_besar"]!.GetValue<bool>());
        Assert.False(state.Values["semua_kecil"]!.GetValue<bool>());
        Assert.Equal(2m, state.Values["jumlah_billboard"]!.GetValue<decimal>());
    }

    [Fact]
    public void Evaluate_AggregatesAllRowsSmall_AllHoldsAnyDoesNot()
    {
        var state = Form.Value.Evaluate("""{ "pakai_papan": true, "papan": [ { "luas": 1 }, { "luas": 24 } ] }""");

        Assert.False(state.Values["ada_besar"]!.GetValue<bool>());
        Assert.True(state.Values["semua_kecil"]!.GetValue<bool>());
    }

    [Fact]
    public void Evaluate_AggregatesNoRows_CountAndSumZeroAnyAndAllFalse()
    {
        var state = Form.Value.Evaluate("""{ "pakai_papan": true, "papan": [] }""");

        Assert.Equal(0m, state.Values["jumlah"]!.GetValue<decimal>());
        Assert.Equal(0m, state.Values["total_luas"]!.GetValue<decimal>());
        Assert.False(state.Values["ada_besar"]!.GetValue<bool>());
        Assert.False(state.Values["semua_kecil"]!.GetValue<bool>());
    }

    [Fact]
    public void Update_RowsAddedAndRemoved_AggregatesAndRowEffectsFollow()
    {
        var session = Form.Value.StartSession(Today);

        var three = session.Update(Answers("""{ "pakai_papan": true, "papan": [ { "luas": 30 }, { "luas": 40 }, { "luas": 50 } ] }"""));
        var one = session.Update(Answers("""{ "pakai_papan": true, "papan": [ { "luas": 5 } ] }"""));

        Assert.Equal(3m, three.Values["jumlah"]!.GetValue<decimal>());
        Assert.Equal(3, three.Errors.Count(e => e.Code == "required"));
        Assert.Equal(1m, one.Values["jumlah"]!.GetValue<decimal>());
        Assert.Equal(5m, one.Values["total_luas"]!.GetValue<decimal>());
        Assert.Empty(one.Errors);
        Assert.DoesNotContain(one.Visible, p => p.StartsWith("papan[1]", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_PerRowCheck_ErrorOnlyInTheFailingRow()
    {
        var state = Form.Value.Evaluate("""{ "pakai_papan": true, "papan": [ { "luas": 20 }, { "luas": 250, "gambar": "g" } ] }""");

        var error = Assert.Single(state.Errors);
        Assert.Equal("papan[1].luas", error.Path);
        Assert.StartsWith("check.", error.Code, StringComparison.Ordinal);
        Assert.Contains("200 m²", error.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_HiddenGroupRowsAnswered_RowFieldsReadAsEmpty()
    {
        var state = Form.Value.Evaluate("""{ "pakai_papan": false, "papan": [ { "luas": 30 }, { "luas": 250 } ] }""");

        Assert.DoesNotContain("papan", state.Visible);
        Assert.Empty(state.Errors);
        Assert.Equal(0m, state.Values["total_luas"]!.GetValue<decimal>());
        Assert.False(state.Values["ada_besar"]!.GetValue<bool>());
    }
}
