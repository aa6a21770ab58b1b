using Perizinan.Engine.Evaluation;
using Perizinan.Engine.Tests.TestSupport;
using static Perizinan.Engine.Tests.TestSupport.TestPackage;

namespace Perizinan.Engine.Tests.Evaluation;

/// <summary>
/// <c>show</c> and <c>require</c> hold exactly as long as their condition does (truth maintenance), and a hidden answer
/// is ignored by the rules, never required or checked, and dropped from the cleaned answers.
/// </summary>
public sealed class VisibilityTests
{
    private static readonly TestField[] Fields =
    [
        TestField.Choice("izin.jenis", ["baru", "perpanjangan"], label: "Jenis izin", example: "baru"),
        TestField.Text("izin.nomor_lama", label: "Nomor izin lama", example: "REK-2025-000001", pattern: "^REK-[0-9]{4}-[0-9]{6}$"),
        TestField.Integer("izin.tahun", label: "Tahun izin lama", example: 2025),
        TestField.Computed("izin.tahun_berikut"),
    ];

    private const string Rules = """
        rule "Nomor izin lama untuk perpanjangan"
        when izin.jenis = "perpanjangan"
        then
          show izin.nomor_lama
          require izin.nomor_lama
          show izin.tahun
        end

        rule "Tahun berikut"
        when izin.tahun is not empty
        then set izin.tahun_berikut = izin.tahun + 1
        end

        check izin.tahun: izin.tahun >= 2000
          else id "Tahun paling awal 2000" en "The year is at least 2000"
        """;

    private static readonly Lazy<CompiledForm> Form = new(() => Compile(Fields, Rules));

    [Fact]
    public void Update_ConditionTurnsTrueThenFalse_FieldShownAndRequiredThenHiddenAndWithdrawn()
    {
        var session = Form.Value.StartSession(Today);

        var shown = session.Update(Answers("""{ "izin": { "jenis": "perpanjangan" } }"""));
        var hidden = session.Update(Answers("""{ "izin": { "jenis": "baru" } }"""));
        var shownAgain = session.Update(Answers("""{ "izin": { "jenis": "perpanjangan", "nomor_lama": "REK-2025-000001" } }"""));

        Assert.Contains("izin.nomor_lama", shown.Visible);
        Assert.Contains("izin.nomor_lama", shown.Required);
        Assert.Contains(shown.Errors, e => e is { Path: "izin.nomor_lama", Code: "required" });
        Assert.False(shown.Complete);

        Assert.DoesNotContain("izin.nomor_lama", hidden.Visible);
        Assert.DoesNotContain("izin.nomor_lama", hidden.Required);
        Assert.Empty(hidden.Errors);
        Assert.True(hidden.Complete);

        Assert.Contains("izin.nomor_lama", shownAgain.Visible);
        Assert.Contains("izin.nomor_lama", shownAgain.Required);
        Assert.Empty(shownAgain.Errors);
        Assert.True(shownAgain.Complete);
    }

    [Fact]
    public void Update_FlippedManyTimes_SameStateAsFreshEvaluation()
    {
        var session = Form.Value.StartSession(Today);
        string[] answers =
        [
            """{ "izin": { "jenis": "perpanjangan", "nomor_lama": "x", "tahun": 1990 } }""",
            """{ "izin": { "jenis": "baru", "nomor_lama": "x", "tahun": 1990 } }""",
            """{ "izin": { "jenis": "perpanjangan", "nomor_lama": "x", "tahun": 1990 } }""",
            """{ "izin": { "tahun": 2024 } }""",
            """{ "izin": { "jenis": "perpanjangan", "tahun": 2024 } }""",
            """{ }""",
        ];

        foreach (var json in answers)
        {
            var incremental = session.Update(Answers(json));
            var fresh = Form.Value.Evaluate(json);

            Assert.Equal(StateJson.Canonical(fresh), StateJson.Canonical(incremental));
        }
    }

    [Fact]
    public void Evaluate_HiddenAnswer_IgnoredByRulesNotValidatedNotChecked()
    {
        // The old number and year are answered wrongly (pattern, check) but hidden: nothing is wrong, nothing computed.
        var state = Form.Value.Evaluate("""{ "izin": { "jenis": "baru", "nomor_lama": "salah", "tahun": 1990 } }""");

        Assert.DoesNotContain("izin.tahun", state.Visible);
        Assert.DoesNotContain("izin.tahun_berikut", state.Values.Keys);
        Assert.Empty(state.Errors);
        Assert.True(state.Complete);
    }

    [Fact]
    public void Evaluate_ShownAnswer_ReadByRulesValidatedAndChecked()
    {
        var state = Form.Value.Evaluate("""{ "izin": { "jenis": "perpanjangan", "nomor_lama": "salah", "tahun": 1990 } }""");

        Assert.Equal(1991m, state.Values["izin.tahun_berikut"]!.GetValue<decimal>());
        Assert.Contains(state.Errors, e => e is { Path: "izin.nomor_lama", Code: "pattern" });
        Assert.Contains(state.Errors, e => e.Path == "izin.tahun" && e.Code.StartsWith("check.", StringComparison.Ordinal));
        Assert.False(state.Complete);
    }

    [Fact]
    public void Clean_HiddenAnswer_DroppedAndComputedValueFromRules()
    {
        var hidden = Form.Value.Clean(Answers("""{ "izin": { "jenis": "baru", "nomor_lama": "REK-2025-000001", "tahun": 2024, "tahun_berikut": 7 } }"""), Today);
        var shown = Form.Value.Clean(Answers("""{ "izin": { "jenis": "perpanjangan", "nomor_lama": "REK-2025-000001", "tahun": 2024, "tahun_berikut": 7 } }"""), Today);

        Assert.Equal("""{"izin":{"jenis":"baru"}}""", hidden.ToJsonString());
        Assert.Equal("""{"izin":{"jenis":"perpanjangan","nomor_lama":"REK-2025-000001","tahun":2024,"tahun_berikut":2025}}""", shown.ToJsonString());
    }

    [Fact]
    public void Clean_SessionHidesThenShows_DraftAnswerComesBack()
    {
        var session = Form.Value.StartSession(Today);
        var answers = """{ "izin": { "jenis": "JENIS", "nomor_lama": "REK-2025-000001" } }""";

        session.Update(Answers(answers.Replace("JENIS", "perpanjangan", StringComparison.Ordinal)));
        session.Update(Answers(answers.Replace("JENIS", "baru", StringComparison.Ordinal)));
        var whileHidden = session.Clean();
        session.Update(Answers(answers.Replace("JENIS", "perpanjangan", StringComparison.Ordinal)));
        var shownAgain = session.Clean();

        Assert.Null(whileHidden["izin"]!["nomor_lama"]);
        Assert.Equal("REK-2025-000001", shownAgain["izin"]!["nomor_lama"]!.GetValue<string>());
    }

    [Fact]
    public void Evaluate_HiddenGroup_EveryFieldInItHidden()
    {
        TestField[] fields =
        [
            TestField.Flag("punya_kuasa", label: "Memakai kuasa"),
            TestField.Text("kuasa.nama", label: "Nama kuasa", example: "Budi"),
            TestField.Text("kuasa.nik", label: "NIK kuasa", example: "3515144508680002"),
        ];
        var form = Compile(fields, """
            rule "Kuasa" when punya_kuasa then
              show kuasa
              require kuasa.nama
            end
            """);

        var hidden = form.Evaluate("""{ "punya_kuasa": false, "kuasa": { "nama": "Budi", "nik": "1" } }""");
        var shown = form.Evaluate("""{ "punya_kuasa": true, "kuasa": { "nik": "1" } }""");

        Assert.DoesNotContain(hidden.Visible, p => p.StartsWith("kuasa.", StringComparison.Ordinal));
        Assert.Empty(hidden.Errors);
        Assert.Equal("""{"punya_kuasa":false}""", form.Clean(Answers("""{ "punya_kuasa": false, "kuasa": { "nama": "Budi" } }"""), Today).ToJsonString());
        Assert.Contains("kuasa.nama", shown.Visible);
        Assert.Contains("kuasa.nik", shown.Visible);
        Assert.Equal(["kuasa.nama"], shown.Required);
    }

    [Fact]
    public void Evaluate_FieldNoRuleShows_AlwaysVisible()
    {
        var state = Form.Value.Evaluate("{}");

        Assert.Contains("izin.jenis", state.Visible);
        Assert.DoesNotContain("izin.nomor_lama", state.Visible);
        Assert.DoesNotContain("izin.tahun", state.Visible);
    }
}
