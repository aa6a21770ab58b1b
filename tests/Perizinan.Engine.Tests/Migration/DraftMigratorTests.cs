using System.Text.Json;
using System.Text.Json.Nodes;
using Perizinan.Engine.Migration;
using Perizinan.Engine.Tests.TestSupport;
using Perizinan.Forms.Package;
using static Perizinan.Engine.Tests.Migration.MigrationPackages;

namespace Perizinan.Engine.Tests.Migration;

public sealed class DraftMigratorTests
{
    private static readonly FormPackage V1 = Load(TestPackage.Files(
        [
            TestField.Text("pemohon.nama", "Nama"),
            TestField.Choice("pemohon.jenis", ["perorangan", "badan_usaha", "koperasi"], "Jenis pemohon"),
            TestField.Repeat("papan", "Papan"),
            TestField.Number("papan[].luas", "Luas"),
            TestField.Choice("papan[].jenis", ["billboard", "baliho"], "Jenis papan"),
            TestField.Text("jumlah", "Jumlah"),
            TestField.Text("catatan", "Catatan"),
            TestField.Text("kode_lama", "Kode lama"),
            TestField.Text("hilang", "Pertanyaan lama"),
            TestField.Flag("badan_usaha", "Badan usaha"),
            TestField.Text("nib", "NIB"),
        ],
        """
        rule "NIB"
        when badan_usaha
        then show nib
        end
        """));

    private static readonly FormPackage V2 = Load(Version(
        TestPackage.Files(
            [
                TestField.Text("pemohon.nama_lengkap", "Nama lengkap"),
                TestField.Choice("pemohon.jenis", ["perorangan", "badan_usaha"], "Jenis pemohon"),
                TestField.Repeat("papan", "Papan"),
                TestField.Number("papan[].luas_m2", "Luas (m²)"),
                TestField.Choice("papan[].jenis", ["billboard", "baliho"], "Jenis papan"),
                TestField.Number("jumlah", "Jumlah"),
                TestField.Number("catatan", "Catatan"),
                TestField.Text("kode_lama", "Kode lama"),
                TestField.Flag("badan_usaha", "Badan usaha"),
                TestField.Text("nib", "NIB"),
            ],
            """
            rule "NIB"
            when badan_usaha
            then show nib
            end
            """),
        "1.1.0",
        """
        [{ "from": "1.0.x",
           "rename": { "pemohon.nama": "pemohon.nama_lengkap", "papan[].luas": "papan[].luas_m2" },
           "drop": ["kode_lama"] }]
        """));

    [Fact]
    public void Migrate_RenamesIncludingRows_MovedAndReportedPerRow()
    {
        var result = Migrate("""{"pemohon": {"nama": "Siti Aminah"}, "papan": [{"luas": 12, "jenis": "baliho"}, {"luas": 30.5}]}""");

        Assert.Equal(DraftMigrationOutcome.Migrated, result.Outcome);
        AssertJson("""{"pemohon": {"nama_lengkap": "Siti Aminah"}, "papan": [{"luas_m2": 12, "jenis": "baliho"}, {"luas_m2": 30.5}]}""", result.Answers);
        Assert.Equal(
            [("pemohon.nama", "pemohon.nama_lengkap", FieldMigrationKind.Renamed), ("papan[0].luas", "papan[0].luas_m2", FieldMigrationKind.Renamed),
             ("papan[0].jenis", "papan[0].jenis", FieldMigrationKind.Carried), ("papan[1].luas", "papan[1].luas_m2", FieldMigrationKind.Renamed)],
            result.Fields.Select(f => (f.Path, f.NewPath!, f.Kind)));
        var row = result.Fields[3].Message;
        Assert.Equal("Jawaban Luas (Baris ke-2) dipindahkan ke Luas (m²) (Baris ke-2).", row.Id);
        Assert.Equal("The answer to Luas (Row 2) was moved to Luas (m²) (Row 2).", row.En);
    }

    [Fact]
    public void Migrate_TypeChanged_ConvertibleCarriedOtherNotCarried()
    {
        var result = Migrate("""{"jumlah": "12", "catatan": "dua belas"}""");

        AssertJson("""{"jumlah": 12}""", result.Answers);
        var notCarried = Assert.Single(result.NotCarried);
        Assert.Equal(("catatan", NotCarriedReason.TypeChanged), (notCarried.Path, notCarried.Reason!.Value));
        Assert.Contains("Catatan", notCarried.Message.Id, StringComparison.Ordinal);
        Assert.Contains("angka", notCarried.Message.Id, StringComparison.Ordinal);
        Assert.Contains("(now: number)", notCarried.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Migrate_RemovedChoice_NotCarriedWithTheChoiceNamed()
    {
        var removed = Migrate("""{"pemohon": {"jenis": "koperasi"}}""");
        var kept = Migrate("""{"pemohon": {"jenis": "perorangan"}}""");

        AssertJson("""{"pemohon": {}}""", removed.Answers);
        var entry = Assert.Single(removed.Fields);
        Assert.Equal((FieldMigrationKind.NotCarried, NotCarriedReason.NotAChoice), (entry.Kind, entry.Reason!.Value));
        Assert.Equal("Pilihan \"koperasi\" untuk Jenis pemohon tidak tersedia lagi; silakan pilih lagi.", entry.Message.Id);
        Assert.Equal("The choice \"koperasi\" for Jenis pemohon is no longer offered; please choose again.", entry.Message.En);
        AssertJson("""{"pemohon": {"jenis": "perorangan"}}""", kept.Answers);
    }

    [Fact]
    public void Migrate_DroppedAndGone_ReportedNotCarried()
    {
        var result = Migrate("""{"kode_lama": "A-1", "hilang": "x"}""");

        AssertJson("{}", result.Answers);
        Assert.Equal(
            [("kode_lama", FieldMigrationKind.Dropped, (NotCarriedReason?)null), ("hilang", FieldMigrationKind.NotCarried, NotCarriedReason.FieldGone)],
            result.Fields.Select(f => (f.Path, f.Kind, f.Reason)));
        Assert.Equal("Kode lama tidak ditanyakan lagi di versi baru formulir; jawabannya tidak dibawa.", result.Fields[0].Message.Id);
        Assert.Equal("Pertanyaan lama is not in the new version of the form; the answer was not carried over.", result.Fields[1].Message.En);
    }

    [Fact]
    public void Migrate_HiddenAnswer_KeptForWhenTheCitizenGoesBack()
    {
        // nib is shown only while badan_usaha is ticked; the citizen unticked it, but may tick it again.
        var result = Migrate("""{"badan_usaha": false, "nib": "1310210003713"}""");

        AssertJson("""{"badan_usaha": false, "nib": "1310210003713"}""", result.Answers);
        Assert.All(result.Fields, f => Assert.Equal(FieldMigrationKind.Carried, f.Kind));
    }

    [Fact]
    public void Migrate_ExplicitRenameOntoAnAnswerThatKeepsItsPath_RenameWins()
    {
        var v1 = Load(TestPackage.Files([TestField.Text("a", "A"), TestField.Text("b", "B")], ""));
        var v2 = Load(Version(TestPackage.Files([TestField.Text("b", "B")], ""), "2.0.0", """[{ "from": "1.x", "rename": { "a": "b" } }]"""));

        var result = DraftMigrator.Migrate(v1, v2, TestPackage.Answers("""{"b": "lama", "a": "baru"}"""));

        AssertJson("""{"b": "baru"}""", result.Answers);
        Assert.Equal(
            [("b", FieldMigrationKind.NotCarried, (NotCarriedReason?)NotCarriedReason.PathTaken), ("a", FieldMigrationKind.Renamed, null)],
            result.Fields.Select(f => (f.Path, f.Kind, f.Reason)));
    }

    [Fact]
    public void Migrate_RenamedRepeatingGroup_RowsAndTheirFieldsMove()
    {
        var v1 = Load(TestPackage.Files([TestField.Repeat("papan", "Papan"), TestField.Number("papan[].luas", "Luas")], ""));
        var v2 = Load(Version(
            TestPackage.Files([TestField.Repeat("reklame", "Reklame"), TestField.Number("reklame[].luas", "Luas")], ""),
            "1.0.1", """[{ "from": "1.0.0", "rename": { "papan": "reklame" } }]"""));

        var result = DraftMigrator.Migrate(v1, v2, TestPackage.Answers("""{"papan": [{"luas": 1}, {}, {"luas": 3}]}"""));

        AssertJson("""{"reklame": [{"luas": 1}, {}, {"luas": 3}]}""", result.Answers);
        Assert.Equal(["reklame[0].luas", "reklame[2].luas"], result.Fields.Select(f => f.NewPath!));
    }

    [Theory]
    [InlineData("5")]
    [InlineData("null")]
    [InlineData("[1, 2]")]
    [InlineData("\"teks\"")]
    public void Migrate_AnswersNotAnObject_EmptyAnswersAndOneLine(string answers)
    {
        var result = Migrate(answers);

        AssertJson("{}", result.Answers);
        var line = Assert.Single(result.Fields);
        Assert.Equal((string.Empty, NotCarriedReason.WrongShape), (line.Path, line.Reason!.Value));
    }

    [Fact]
    public void Migrate_Garbage_ReportedNeverThrown()
    {
        var result = Migrate("""
            {"pemohon": [1], "papan": [5, {"luas": {"x": 1}, "jenis": ["baliho"]}, {"luas": "7"}],
             "papan[].luas": 3, "Weird.Key": 1, "jumlah": {"a": [[[]]]}, "badan_usaha": "ya", "nib": 1310210003713,
             "catatan": "\ud800", "kode_lama": null}
            """);

        Assert.Equal(DraftMigrationOutcome.Migrated, result.Outcome);
        AssertJson("""{"papan": [{}, {}, {}]}""", result.Answers);
        Assert.Equal(
            [("pemohon", NotCarriedReason.WrongShape), ("papan[0]", NotCarriedReason.WrongShape), ("papan[1].luas", NotCarriedReason.WrongShape),
             ("papan[1].jenis", NotCarriedReason.WrongShape), ("papan[2].luas", NotCarriedReason.WrongShape), ("papan[].luas", NotCarriedReason.UnknownField),
             ("Weird.Key", NotCarriedReason.UnknownField), ("jumlah", NotCarriedReason.TypeChanged), ("badan_usaha", NotCarriedReason.WrongShape),
             ("nib", NotCarriedReason.WrongShape), ("catatan", NotCarriedReason.TypeChanged)],
            result.NotCarried.Select(f => (f.Path, f.Reason!.Value)));
    }

    [Fact]
    public void Migrate_NotNewerUndeclaredOrOtherForm_NothingMoves()
    {
        var answers = TestPackage.Answers("""{"jumlah": "1"}""");
        var undeclared = Load(Version(TestPackage.Files([TestField.Text("jumlah")], ""), "1.2.0", """[{ "from": "0.9.x" }]"""));
        var otherForm = Load(new Dictionary<string, string>(Version(TestPackage.Files([TestField.Text("jumlah")], ""), "2.0.0", """[{ "from": "1.x" }]"""))
        {
            ["form.json"] = Version(TestPackage.Files([TestField.Text("jumlah")], ""), "2.0.0", """[{ "from": "1.x" }]""")["form.json"].Replace("uji-mesin", "uji-lain", StringComparison.Ordinal),
        });

        Assert.Equal(new DraftMigrationResult(DraftMigrationOutcome.NotNewer, null, []).Outcome, DraftMigrator.Migrate(V2, V1, answers).Outcome);
        Assert.Equal(DraftMigrationOutcome.NotNewer, DraftMigrator.Check(V1, V1));
        Assert.Equal(DraftMigrationOutcome.NotDeclared, DraftMigrator.Check(V1, undeclared));
        Assert.Equal(DraftMigrationOutcome.DifferentForm, DraftMigrator.Check(V1, otherForm));
        Assert.Equal(DraftMigrationOutcome.Migrated, DraftMigrator.Check(V1, V2));
        var refused = DraftMigrator.Migrate(V1, undeclared, answers);
        Assert.Null(refused.Answers);
        Assert.Empty(refused.Fields);
    }

    private static DraftMigrationResult Migrate(string answers) => DraftMigrator.Migrate(V1, V2, TestPackage.Answers(answers));

    private static void AssertJson(string expected, JsonElement? actual)
    {
        Assert.NotNull(actual);
        var expectedNode = JsonNode.Parse(expected);
        var actualNode = JsonNode.Parse(actual.Value.GetRawText());
        Assert.True(JsonNode.DeepEquals(expectedNode, actualNode), $"Expected {expectedNode?.ToJsonString()}\nActual   {actualNode?.ToJsonString()}");
    }
}
