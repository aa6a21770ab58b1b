using Perizinan.Rules.Model;

namespace Perizinan.Rules.Tests.Runtime;

/// <summary>
/// Small rule files run by both evaluators (the incremental NRules session and the direct evaluator): every effect
/// holds exactly while its condition holds.
/// </summary>
public sealed class EvaluationTests
{
    public static TheoryData<string> Kinds => new() { RuntimeDriver.Session, RuntimeDriver.Direct };

    private const string BigBillboard = """
        rule "Reklame besar"
        when reklame.luas > 24
        then
          show dokumen.gambar_konstruksi
          require dokumen.gambar_konstruksi
          set hasil.kategori = "besar"
          fee pajak_reklame = reklame.luas * 1000
        end
        """;

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Run_ConditionStopsHolding_EveryEffectWithdrawnAtOnce(string kind)
    {
        var form = RuntimeDriver.Start(RuntimeDriver.Compile(BigBillboard), kind)
            .Answer("dokumen.gambar_konstruksi", "gambar.pdf")
            .Answer("reklame.luas", 30);
        Assert.True(form.Shown("dokumen.gambar_konstruksi"));
        Assert.True(form.Required("dokumen.gambar_konstruksi"));
        Assert.Equal(Value.Text("besar"), form.Get("hasil.kategori"));
        Assert.Equal(new[] { "pajak_reklame[-1]=30000" }, form.Fees());
        Assert.Equal(Value.Text("gambar.pdf"), form.Get("dokumen.gambar_konstruksi"));

        form.Answer("reklame.luas", 10);

        Assert.False(form.Shown("dokumen.gambar_konstruksi"));
        Assert.False(form.Required("dokumen.gambar_konstruksi"));
        Assert.Equal(Value.Empty, form.Get("hasil.kategori"));
        Assert.Empty(form.Fees());
        Assert.Equal(Value.Empty, form.Get("dokumen.gambar_konstruksi"));
        Assert.Equal(Value.Text("gambar.pdf"), form.State.Raw("dokumen.gambar_konstruksi", -1));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Run_ConditionHoldsAgain_EffectsComeBackWithCurrentValues(string kind)
    {
        var form = RuntimeDriver.Start(RuntimeDriver.Compile(BigBillboard), kind)
            .Answer("dokumen.gambar_konstruksi", "gambar.pdf")
            .Answer("reklame.luas", 30)
            .Answer("reklame.luas", 10)
            .Answer("reklame.luas", 40);

        Assert.True(form.Shown("dokumen.gambar_konstruksi"));
        Assert.True(form.Required("dokumen.gambar_konstruksi"));
        Assert.Equal(Value.Text("besar"), form.Get("hasil.kategori"));
        Assert.Equal(new[] { "pajak_reklame[-1]=40000" }, form.Fees());
        Assert.Equal(Value.Text("gambar.pdf"), form.Get("dokumen.gambar_konstruksi"));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Run_InputChangesWhileConditionHolds_FeeReplacedNotDuplicated(string kind)
    {
        var form = RuntimeDriver.Start(RuntimeDriver.Compile(BigBillboard), kind)
            .Answer("reklame.luas", 30)
            .Answer("reklame.luas", 50)
            .Answer("reklame.luas", 25);

        Assert.Equal(new[] { "pajak_reklame[-1]=25000" }, form.Fees());
        Assert.Equal(Value.Text("besar"), form.Get("hasil.kategori"));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Run_AnswerCleared_ConditionWithEmptyOperandDoesNotHold(string kind)
    {
        var form = RuntimeDriver.Start(RuntimeDriver.Compile(BigBillboard), kind)
            .Answer("reklame.luas", 30)
            .Answer("reklame.luas", null);

        Assert.False(form.Shown("dokumen.gambar_konstruksi"));
        Assert.Empty(form.Fees());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Run_HiddenAnswer_ReadsAsEmptyInOtherRules(string kind)
    {
        var program = RuntimeDriver.Compile("""
            rule "Kuasa"
            when pemohon.melalui_kuasa
            then
              show dokumen.surat_kuasa
            end

            rule "Surat kuasa diunggah"
            when dokumen.surat_kuasa is not empty
            then
              require pemohon.nik
            end
            """);
        var form = RuntimeDriver.Start(program, kind)
            .Answer("dokumen.surat_kuasa", "kuasa.pdf");
        Assert.False(form.Required("pemohon.nik"));

        form.Answer("pemohon.melalui_kuasa", true);
        Assert.True(form.Required("pemohon.nik"));

        form.Answer("pemohon.melalui_kuasa", false);
        Assert.False(form.Required("pemohon.nik"));
        Assert.Equal(Value.Text("kuasa.pdf"), form.State.Raw("dokumen.surat_kuasa", -1));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Run_GroupHidden_EveryFieldInsideReadsAsEmpty(string kind)
    {
        var program = RuntimeDriver.Compile("""
            rule "Dokumen"
            when reklame.permanen
            then
              show dokumen
            end

            rule "Reads inside the group"
            when dokumen.gambar_konstruksi = "a.pdf"
            then
              set hasil.kategori = "besar"
            end
            """);
        var form = RuntimeDriver.Start(program, kind).Answer("dokumen.gambar_konstruksi", "a.pdf");
        Assert.Equal(Value.Empty, form.Get("hasil.kategori"));

        form.Answer("reklame.permanen", true);
        Assert.True(form.State.IsVisible("dokumen.gambar_konstruksi", -1));
        Assert.Equal(Value.Text("besar"), form.Get("hasil.kategori"));

        form.Answer("reklame.permanen", false);
        Assert.False(form.State.IsVisible("dokumen.gambar_konstruksi", -1));
        Assert.Equal(Value.Empty, form.Get("hasil.kategori"));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Run_ChainedComputedValues_FollowEveryChange(string kind)
    {
        var program = RuntimeDriver.Compile("""
            rule "Luas"
            when reklame.luas > 0
            then
              set hasil.luas_total = reklame.luas * reklame.sisi
            end

            rule "NSR"
            when hasil.luas_total > 0
            then
              set hasil.nsr = hasil.luas_total * 1000
            end

            rule "Besar"
            when hasil.nsr >= 24000
            then
              set hasil.kategori = "besar"
            end

            rule "Kecil"
            when hasil.nsr < 24000
            then
              set hasil.kategori = "kecil"
            end

            rule "Dokumen"
            when hasil.kategori = "besar"
            then
              show dokumen.gambar_konstruksi
            end

            rule "Pajak"
            when hasil.kategori is not empty
            then
              fee pajak_reklame = hasil.nsr
            end
            """);
        var form = RuntimeDriver.Start(program, kind).Answer("reklame.luas", 10).Answer("reklame.sisi", 2);
        Assert.Equal(Value.Number(20), form.Get("hasil.luas_total"));
        Assert.Equal(Value.Number(20000), form.Get("hasil.nsr"));
        Assert.Equal(Value.Text("kecil"), form.Get("hasil.kategori"));
        Assert.False(form.Shown("dokumen.gambar_konstruksi"));
        Assert.Equal(new[] { "pajak_reklame[-1]=20000" }, form.Fees());

        form.Answer("reklame.sisi", 3);
        Assert.Equal(Value.Number(30000), form.Get("hasil.nsr"));
        Assert.Equal(Value.Text("besar"), form.Get("hasil.kategori"));
        Assert.True(form.Shown("dokumen.gambar_konstruksi"));
        Assert.Equal(new[] { "pajak_reklame[-1]=30000" }, form.Fees());

        form.Answer("reklame.luas", null);
        Assert.Equal(Value.Empty, form.Get("hasil.luas_total"));
        Assert.Equal(Value.Empty, form.Get("hasil.nsr"));
        Assert.Equal(Value.Empty, form.Get("hasil.kategori"));
        Assert.False(form.Shown("dokumen.gambar_konstruksi"));
        Assert.Empty(form.Fees());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Run_TwoEffectsOfOneRule_SecondReadsTheFirst(string kind)
    {
        var program = RuntimeDriver.Compile("""
            rule "Luas dan NSR"
            when reklame.luas > 0
            then
              set hasil.luas_total = reklame.luas * 2
              set hasil.nsr = hasil.luas_total * 1000
            end
            """);

        var form = RuntimeDriver.Start(program, kind).Answer("reklame.luas", 3);

        Assert.Equal(Value.Number(6), form.Get("hasil.luas_total"));
        Assert.Equal(Value.Number(6000), form.Get("hasil.nsr"));
    }

    private const string PerRow = """
        rule "Papan besar"
        when papan[].luas > 24
        then
          show papan[].gambar
          require papan[].gambar
          set papan[].pajak = papan[].luas * 1000
          fee pajak_reklame = papan[].luas * 500
        end
        """;

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Run_PerRowRule_EffectsApplyToTheirOwnRow(string kind)
    {
        var form = RuntimeDriver.Start(RuntimeDriver.Compile(PerRow), kind)
            .Rows("papan", 3)
            .Answer("papan[].luas", 30, row: 0)
            .Answer("papan[].luas", 10, row: 1)
            .Answer("papan[].luas", 25, row: 2);

        Assert.Equal(new[] { true, false, true }, Enumerable.Range(0, 3).Select(r => form.Shown("papan[].gambar", r)));
        Assert.Equal(new[] { true, false, true }, Enumerable.Range(0, 3).Select(r => form.Required("papan[].gambar", r)));
        Assert.False(form.Shown("papan[].gambar"));
        Assert.Equal(new[] { Value.Number(30000), Value.Empty, Value.Number(25000) }, Enumerable.Range(0, 3).Select(r => form.Get("papan[].pajak", r)));
        Assert.Equal(new[] { "pajak_reklame[0]=15000", "pajak_reklame[2]=12500" }, form.Fees());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Run_RowRemovedAndAddedAgain_ItsEffectsGoAndTheNewRowStartsEmpty(string kind)
    {
        var form = RuntimeDriver.Start(RuntimeDriver.Compile(PerRow), kind)
            .Rows("papan", 3)
            .Answer("papan[].luas", 30, row: 0)
            .Answer("papan[].luas", 25, row: 2)
            .Answer("papan[].gambar", "g.pdf", row: 2);
        Assert.Equal(Value.Text("g.pdf"), form.Get("papan[].gambar", 2));

        form.Rows("papan", 2);
        Assert.False(form.Shown("papan[].gambar", 2));
        Assert.Equal(Value.Empty, form.Get("papan[].pajak", 2));
        Assert.Equal(new[] { "pajak_reklame[0]=15000" }, form.Fees());

        form.Rows("papan", 3);
        Assert.Equal(Value.Empty, form.State.Raw("papan[].luas", 2));
        Assert.Equal(Value.Empty, form.Get("papan[].gambar", 2));
        Assert.False(form.Shown("papan[].gambar", 2));
        Assert.Equal(new[] { "pajak_reklame[0]=15000" }, form.Fees());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Run_PerRowRuleReadingAnOutsideField_ReevaluatesEveryRow(string kind)
    {
        var program = RuntimeDriver.Compile("""
            rule "Papan di jalan kelas A"
            when papan[].luas > 10 and reklame.kelas_jalan = "A"
            then
              require papan[].gambar
            end
            """);
        var form = RuntimeDriver.Start(program, kind)
            .Rows("papan", 2)
            .Answer("papan[].luas", 20, row: 0)
            .Answer("papan[].luas", 20, row: 1);
        Assert.False(form.Required("papan[].gambar", 0));

        form.Answer("reklame.kelas_jalan", "A");
        Assert.True(form.Required("papan[].gambar", 0));
        Assert.True(form.Required("papan[].gambar", 1));

        form.Answer("reklame.kelas_jalan", "B");
        Assert.False(form.Required("papan[].gambar", 0));
        Assert.False(form.Required("papan[].gambar", 1));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Run_Aggregates_FollowRowsAnswersAndVisibility(string kind)
    {
        var program = RuntimeDriver.Compile("""
            rule "Total"
            then
              set hasil.luas_total = sum(papan[].luas)
            end

            rule "Banyak dan besar"
            when count(papan) >= 2 and any(papan[].luas > 24)
            then
              show dokumen.gambar_konstruksi
            end

            rule "Semua terisi"
            when all(papan[].luas > 0)
            then
              set hasil.kategori = "besar"
            end

            rule "Gambar papan sangat besar"
            when papan[].luas > 100
            then
              show papan[].gambar
            end

            rule "Jumlah gambar"
            then
              set hasil.nsr = count(papan[].gambar is not empty)
            end
            """);
        var form = RuntimeDriver.Start(program, kind).Run();
        Assert.Equal(Value.Number(0), form.Get("hasil.luas_total"));
        Assert.Equal(Value.Empty, form.Get("hasil.kategori"));

        form.Rows("papan", 2).Answer("papan[].luas", 30, row: 0);
        Assert.Equal(Value.Number(30), form.Get("hasil.luas_total"));
        Assert.True(form.Shown("dokumen.gambar_konstruksi"));
        Assert.Equal(Value.Empty, form.Get("hasil.kategori"));

        form.Answer("papan[].luas", 200, row: 1)
            .Answer("papan[].gambar", "a.pdf", row: 0)
            .Answer("papan[].gambar", "b.pdf", row: 1);
        Assert.Equal(Value.Number(230), form.Get("hasil.luas_total"));
        Assert.Equal(Value.Text("besar"), form.Get("hasil.kategori"));
        Assert.Equal(Value.Number(1), form.Get("hasil.nsr"));

        form.Rows("papan", 1);
        Assert.Equal(Value.Number(30), form.Get("hasil.luas_total"));
        Assert.False(form.Shown("dokumen.gambar_konstruksi"));
        Assert.Equal(Value.Number(0), form.Get("hasil.nsr"));

        form.Rows("papan", 0);
        Assert.Equal(Value.Number(0), form.Get("hasil.luas_total"));
        Assert.Equal(Value.Empty, form.Get("hasil.kategori"));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Run_TwoRulesSetDifferentValues_LowestRuleIndexWinsAndConflictReported(string kind)
    {
        var program = RuntimeDriver.Compile("""
            rule "Besar"
            when reklame.luas > 10
            then
              set hasil.kategori = "besar"
            end

            rule "Kecil"
            when reklame.sisi > 1
            then
              set hasil.kategori = "kecil"
            end

            rule "Besar juga"
            when reklame.permanen
            then
              set hasil.kategori = "besar"
            end
            """);
        var form = RuntimeDriver.Start(program, kind).Answer("reklame.sisi", 2);
        Assert.Equal(Value.Text("kecil"), form.Get("hasil.kategori"));
        Assert.Empty(form.Conflicts());

        form.Answer("reklame.luas", 20);
        Assert.Equal(Value.Text("besar"), form.Get("hasil.kategori"));
        Assert.Equal(new[] { "hasil.kategori[-1]" }, form.Conflicts());

        form.Answer("reklame.sisi", 1).Answer("reklame.permanen", true);
        Assert.Equal(Value.Text("besar"), form.Get("hasil.kategori"));
        Assert.Empty(form.Conflicts());

        form.Answer("reklame.luas", 5).Answer("reklame.sisi", 2);
        Assert.Equal(Value.Text("kecil"), form.Get("hasil.kategori"));
        Assert.Equal(new[] { "hasil.kategori[-1]" }, form.Conflicts());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Run_ConflictingRulesInOtherOrder_TheEarlierRuleStillWins(string kind)
    {
        var program = RuntimeDriver.Compile("""
            rule "Kecil"
            when reklame.sisi > 1
            then
              set hasil.kategori = "kecil"
            end

            rule "Besar"
            when reklame.luas > 10
            then
              set hasil.kategori = "besar"
            end
            """);

        var form = RuntimeDriver.Start(program, kind).Answer("reklame.luas", 20).Answer("reklame.sisi", 2);

        Assert.Equal(Value.Text("kecil"), form.Get("hasil.kategori"));
        Assert.Equal(new[] { "hasil.kategori[-1]" }, form.Conflicts());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Run_ConflictOnARowThatIsRemoved_ConflictGoesWithTheRow(string kind)
    {
        var program = RuntimeDriver.Compile("""
            rule "Pajak penuh"
            when papan[].luas > 10
            then
              set papan[].pajak = papan[].luas * 1000
            end

            rule "Pajak tetap"
            when papan[].sisi > 1
            then
              set papan[].pajak = 5000
            end
            """);
        var form = RuntimeDriver.Start(program, kind)
            .Rows("papan", 2)
            .Answer("papan[].luas", 20, row: 1)
            .Answer("papan[].sisi", 2, row: 1);
        Assert.Equal(Value.Number(20000), form.Get("papan[].pajak", 1));
        Assert.Equal(new[] { "papan[].pajak[1]" }, form.Conflicts());

        form.Rows("papan", 1);

        Assert.Empty(form.Conflicts());
        Assert.Equal(Value.Empty, form.Get("papan[].pajak", 1));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Run_Checks_FailOnlyWhileTheSubjectIsVisibleAndAnswered(string kind)
    {
        var program = RuntimeDriver.Compile("""
            rule "Kuasa"
            when pemohon.melalui_kuasa
            then
              show dokumen.surat_kuasa
            end

            check dokumen.surat_kuasa: len(dokumen.surat_kuasa) > 4
              else id "Terlalu pendek" en "Too short"

            warn papan[].luas: papan[].luas <= 100
              else id "Besar sekali" en "Very large"
            """);
        var form = RuntimeDriver.Start(program, kind).Answer("dokumen.surat_kuasa", "a");
        Assert.Empty(form.Failures());

        form.Answer("pemohon.melalui_kuasa", true);
        Assert.Equal(new[] { "check.0:dokumen.surat_kuasa[-1]" }, form.Failures());

        form.Answer("dokumen.surat_kuasa", "kuasa.pdf");
        Assert.Empty(form.Failures());

        form.Answer("dokumen.surat_kuasa", null);
        Assert.Empty(form.Failures());

        form.Rows("papan", 2).Answer("papan[].luas", 150, row: 1);
        Assert.Equal(new[] { "warn.1:papan[].luas[1]" }, form.Failures());
    }
    [Theory]
    [MemberData(nameof(Kinds))]
    public void Run_EmptyAnswer_ComparisonsDoNotHoldButTheirNegationDoes(string kind)
    {
        var program = RuntimeDriver.Compile("""
            rule "Kecil"
            when reklame.luas < 5
            then
              require pemohon.nama
            end

            rule "Tidak besar"
            when not (reklame.luas > 5)
            then
              require pemohon.nik
            end

            rule "Kosong"
            when reklame.luas = empty
            then
              require pemohon.tanggal_lahir
            end

            rule "Arithmetic with empty"
            when reklame.luas + 1 is empty
            then
              require pemohon.jenis_kelamin
            end
            """);

        var form = RuntimeDriver.Start(program, kind).Run();
        Assert.False(form.Required("pemohon.nama"));
        Assert.True(form.Required("pemohon.nik"));
        Assert.True(form.Required("pemohon.tanggal_lahir"));
        Assert.True(form.Required("pemohon.jenis_kelamin"));

        form.Answer("reklame.luas", 3);
        Assert.True(form.Required("pemohon.nama"));
        Assert.True(form.Required("pemohon.nik"));
        Assert.False(form.Required("pemohon.tanggal_lahir"));
        Assert.False(form.Required("pemohon.jenis_kelamin"));
    }

    [Fact]
    public void UseContext_NewEvaluationDate_RulesReadingTodayFollowTheNewDate()
    {
        var program = RuntimeDriver.Compile("""
            rule "Sudah mulai"
            when reklame.tanggal_mulai <= today()
            then
              show dokumen.surat_kuasa
              set hasil.nsr = days_between(reklame.tanggal_mulai, today())
            end
            """);
        var session = (Perizinan.Rules.Runtime.RuleSession)RuntimeDriver.Start(program, RuntimeDriver.Session)
            .Answer("reklame.tanggal_mulai", new DateOnly(2026, 6, 10)).Evaluation;
        Assert.False(session.State.Effects.IsShown("dokumen.surat_kuasa", -1));

        session.UseContext(new Perizinan.Rules.Functions.FunctionContext(new DateOnly(2026, 7, 1)));
        session.Run();

        Assert.True(session.State.Effects.IsShown("dokumen.surat_kuasa", -1));
        Assert.Equal(Value.Number(21), session.State.Effective("hasil.nsr", -1));
    }
}
